package vn.cchc.portal.assignment;

/** Evidence is an uploaded file or a reference to an issued document. */
public enum EvidenceKind {
    FILE,
    DOCUMENT
}
