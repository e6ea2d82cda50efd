package com.partnershiptracker.source;

public enum SourceKind {
    NEWS_ARTICLE,
    PRESS_RELEASE,
    REPORT,
    WEBSITE,
    OTHER
}
