package vn.cchc.portal.plan.importer;

import vn.cchc.portal.shared.Texts;

/** The six columns of a plan appendix table, recognised by their header with or without diacritics. */
enum AppendixColumn {
    TT("TT"),
    AREA("Lĩnh vực/Tiêu chí/Tiêu chí thành phần"),
    GOAL("Mục tiêu, yêu cầu"),
    LEAD("Cơ quan phụ trách"),
    COORDINATING("Cơ quan phối hợp/thực hiện"),
    TIMEFRAME("Thời gian thực hiện/hoàn thành");

    /** The header as the template prints it, used in messages. */
    final String label;

    AppendixColumn(String label) {
        this.label = label;
    }

    /** The column a header cell names, or null. */
    static AppendixColumn recognise(String header) {
        String h = Texts.fold(header).replaceAll("[^a-z0-9]+", " ").strip();
        if (h.isEmpty()) {
            return null;
        }
        if (h.startsWith("thoi gian") || h.startsWith("thoi han")) {
            return TIMEFRAME;
        }
        if (h.contains("phu trach") || h.contains("chu tri")) {
            return LEAD;
        }
        if (h.contains("phoi hop")) {
            return COORDINATING;
        }
        if (h.startsWith("muc tieu")) {
            return GOAL;
        }
        if (h.startsWith("linh vuc") || h.startsWith("tieu chi")) {
            return AREA;
        }
        if (h.equals("tt") || h.equals("stt") || h.equals("so tt") || h.equals("so thu tu")) {
            return TT;
        }
        return null;
    }
}
