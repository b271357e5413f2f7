package vn.cchc.portal.shared;

/**
 * The signature block of an official document (Decree 30/2020): the authority signed under ("TM. ỦY BAN NHÂN DÂN",
 * "KT. CHỦ TỊCH"; may be blank), the signer's title (one or more lines, "PHÓ CHỦ TỊCH") and name (may be blank until
 * someone enters it). One record for every form and document that carries a signer: a unit's issuing data, a plan's
 * header, the deployment's settings.
 */
public record Signer(String authority, String title, String name) {

    /** Longest text each part may hold (the columns are 200 characters). */
    public static final int MAX = 200;
    /** No signer entered. */
    public static final Signer NONE = new Signer(null, null, null);

    /** The signer, or {@link #NONE} for null. */
    public static Signer orNone(Signer signer) {
        return signer == null ? NONE : signer;
    }

    /** NFC text, blank parts null; the title keeps its line breaks. */
    public Signer normalized() {
        return new Signer(Texts.nfcOrNull(authority), Texts.block(title), Texts.nfcOrNull(name));
    }

    /** True when every part fits its column. */
    public boolean fits() {
        return length(authority) <= MAX && length(title) <= MAX && length(name) <= MAX;
    }

    public boolean hasName() {
        return name != null && !name.isBlank();
    }

    public Signer withAuthority(String value) {
        return new Signer(value, title, name);
    }

    public Signer withTitle(String value) {
        return new Signer(authority, value, name);
    }

    public Signer withName(String value) {
        return new Signer(authority, title, value);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
