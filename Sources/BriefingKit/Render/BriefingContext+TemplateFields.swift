import Mustache

// The context types a day's briefing holds by the thousand (items, citations, passages) give
// their variables to the templates by name, as Mustache would find them by reflection (an
// absent optional is not found, so the lookup goes on up the context stack), without building
// a `Mirror` for every variable. `TemplateFieldsTests` checks each against its reflection.

extension BriefingContext.Source: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": return number
        case "id": return id
        case "anchor": return anchor
        case "title": return title
        case "outlet": return outlet
        case "published": return published
        case "url": return url
        case "path": return path
        case "summary": return summary
        case "hasSummary": return hasSummary
        default: return nil
        }
    }
}

extension BriefingContext.Cite: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": return number
        case "passage": return passage
        case "outlet": return outlet
        default: return nil
        }
    }
}

/// The variables positions, commitments and questions share.
private func citedItemField(_ name: String, _ corroboration: Int, _ isCorroborated: Bool, _ cites: [BriefingContext.Cite],
                            _ sourceNumber: Int, _ sourceTitle: String) -> Any? {
    switch name {
    case "corroboration": return corroboration
    case "isCorroborated": return isCorroborated
    case "cites": return cites
    case "sourceNumber": return sourceNumber
    case "sourceTitle": return sourceTitle
    default: return nil
    }
}

extension BriefingContext.Position: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "speaker": return speaker
        case "quote": return quote
        case "cue": return cue
        case "kind": return kind
        case "isDirect": return isDirect
        case "topic": return topic
        default: return citedItemField(name, corroboration, isCorroborated, cites, sourceNumber, sourceTitle)
        }
    }
}

extension BriefingContext.Commitment: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "actor": return actor
        case "action": return action
        case "polarity": return polarity
        case "statement": return statement
        case "isNegative": return isNegative
        case "modality": return modality
        case "condition": return condition
        case "limits": return limits
        case "timeframe": return timeframe
        default: return citedItemField(name, corroboration, isCorroborated, cites, sourceNumber, sourceTitle)
        }
    }
}

extension BriefingContext.Question: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "question": return question
        case "kind": return kind
        case "actors": return actors
        default: return citedItemField(name, corroboration, isCorroborated, cites, sourceNumber, sourceTitle)
        }
    }
}

extension BriefingContext.EvidenceSource: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": return number
        case "anchor": return anchor
        case "title": return title
        case "outlet": return outlet
        case "path": return path
        case "passages": return passages
        case "hasPassages": return hasPassages
        default: return nil
        }
    }
}

extension BriefingContext.Passage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "before": return before
        case "quote": return quote
        case "after": return after
        case "start": return start
        case "end": return end
        default: return nil
        }
    }
}
