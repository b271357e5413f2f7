package vn.cchc.portal.indicator;

/** Where an actual value came from. */
enum ActualSource {
    ENTRY,
    IMPORT,
    DEMO
}
