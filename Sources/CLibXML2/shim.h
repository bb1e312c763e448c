#ifndef BRIEFING_CLIBXML2_SHIM_H
#define BRIEFING_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, and its encoding.h then includes the system ICU headers,
 * whose UErrorCode clashes with Foundation's bundled ICU in one Swift module graph. Nothing here
 * touches libxml2's ICU converter (only pointers to encoding handlers pass through), so the ICU
 * part of the headers is left out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/// Frees memory libxml2 allocated (strings from xmlNodeGetContent, xmlGetProp, xmlBuildURI …).
/// Swift 6 rejects the global `xmlFree` function-pointer variable as shared mutable state.
static inline void briefing_xml_free(void *pointer) { xmlFree(pointer); }

/// Receives libxml2's messages and drops them: parse problems are reported through the
/// parse result (well-formedness, no items), never printed to the user's terminal.
static inline void briefing_xml_ignore_message(void *context, const char *message, ...) {
    (void)context; (void)message;
}

/// Receives libxml2's structured errors and drops them.
static inline void briefing_xml_ignore_error(void *context, xmlErrorPtr error) {
    (void)context; (void)error;
}

/// Stops libxml2 printing errors (encoding errors included) on the calling thread.
static inline void briefing_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, briefing_xml_ignore_message);
    xmlSetStructuredErrorFunc(NULL, briefing_xml_ignore_error);
}
#endif
