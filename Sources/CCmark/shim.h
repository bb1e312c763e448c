#ifndef BRIEFING_CCMARK_SHIM_H
#define BRIEFING_CCMARK_SHIM_H
#include <cmark.h>
#include <stdlib.h>

/// Frees a buffer that libcmark allocated with the default allocator.
static inline void briefing_cmark_free(char *buffer) { free(buffer); }
#endif
