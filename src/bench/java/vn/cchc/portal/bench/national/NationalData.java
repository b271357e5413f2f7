package vn.cchc.portal.bench.national;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Fills a migrated PostgreSQL database with a national-scale data set, deterministic for a seed: 34 provinces, each
 * with 20 departments and its share of 3,300 communes and wards (the two-level structure in force since 1/7/2025);
 * 50 issued plans of 2026 (one annual plan per province, 16 campaign plans with indicators), their items, assignments
 * (lead and coordinating departments; every commune of the province on a quarter of the items), 12 reporting periods
 * per plan, about 100,000 progress updates and 1,000,000 indicator actuals, plus one planner and one commune head
 * per province ({@code kh.p01}, {@code xa.p01.001}). Rows go in with {@code COPY}; identities are moved past them.
 */
public final class NationalData {

    public static final int PROVINCES = 34;
    public static final int COMMUNES = 3300;
    public static final int DEPARTMENTS = 20;
    public static final int CAMPAIGN_PLANS = 16;
    public static final int ANNUAL_ITEMS = 40;
    public static final int CAMPAIGN_ITEMS = 10;
    public static final int INDICATORS = 45;
    public static final int PERIODS = 12;
    public static final int MILESTONES = 3;
    public static final int TARGET_UPDATES = 100_000;
    /** A BCrypt hash nobody can sign in with (the benchmark authenticates users directly). */
    private static final String NO_PASSWORD = "$2a$10$0000000000000000000000000000000000000000000000000000.";

    private static final String[] DEPARTMENT_NAMES = {
        "Nội vụ",
        "Tư pháp",
        "Tài chính",
        "Xây dựng",
        "Nông nghiệp và Môi trường",
        "Công Thương",
        "Khoa học và Công nghệ",
        "Giáo dục và Đào tạo",
        "Y tế",
        "Văn hóa, Thể thao và Du lịch",
        "Dân tộc và Tôn giáo",
        "Ngoại vụ",
        "Văn phòng UBND tỉnh",
        "Thanh tra tỉnh",
        "Ban Quản lý các khu công nghiệp",
        "Đài Phát thanh và Truyền hình",
        "Trung tâm Phục vụ hành chính công",
        "Công an tỉnh",
        "Bảo hiểm xã hội tỉnh",
        "Thuế tỉnh"
    };

    private final Connection connection;
    private final SplittableRandom random;
    private final String stamp = "2026-01-05 08:00:00+07";
    private final List<Province> provinces = new ArrayList<>();
    private long unitId;
    private long planId;
    private long itemId;
    private long assignmentId;
    private long periodId;
    private long updateId;
    private long indicatorId;
    private long milestoneId;
    private long indicatorPeriodId;
    private long userId;
    private long actualId;
    private long targetId;
    private long baselineId;

    /** Counts of what was written, for the benchmark's figures. */
    public record Counts(
            int units,
            int plans,
            long items,
            long assignments,
            long periods,
            long updates,
            long actuals,
            long targets) {}

    /** One generated province: its own unit, its departments and communes, its plans. */
    public record Province(
            int number, long id, List<Long> departments, List<Long> communes, long annualPlan, Long campaignPlan) {}

    public NationalData(Connection connection, long seed) {
        this.connection = connection;
        this.random = new SplittableRandom(seed);
    }

    public List<Province> provinces() {
        return provinces;
    }

    /** Reads back the provinces of a data set generated earlier into this database; empty when there is none. */
    public List<Province> existing() throws SQLException {
        provinces.clear();
        for (int p = 1; p <= PROVINCES; p++) {
            String pp = String.format(Locale.ROOT, "%02d", p);
            List<Long> province = ids("select id from org_unit where code = 'NQ" + pp + "'");
            if (province.isEmpty()) {
                provinces.clear();
                return provinces;
            }
            List<Long> departments = ids("select id from org_unit where code like 'NQ" + pp + "-S%' order by id");
            List<Long> communes = ids("select id from org_unit where code like 'NQ" + pp + "-X%' order by id");
            List<Long> annual = ids("select id from plan where plan_key = 'nq-annual-" + p + "'");
            List<Long> campaign = ids("select id from plan where plan_key = 'nq-campaign-" + p + "'");
            provinces.add(new Province(
                    p,
                    province.getFirst(),
                    departments,
                    communes,
                    annual.getFirst(),
                    campaign.isEmpty() ? null : campaign.getFirst()));
        }
        return provinces;
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Writes everything in one transaction. */
    public Counts generate() throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            unitId = next("org_unit");
            planId = next("plan");
            itemId = next("plan_item");
            assignmentId = next("assignment");
            periodId = next("reporting_period");
            updateId = next("progress_update");
            indicatorId = next("indicator");
            milestoneId = next("indicator_milestone");
            indicatorPeriodId = next("indicator_period");
            userId = next("app_user");
            actualId = next("indicator_actual");
            targetId = next("indicator_target");
            baselineId = next("indicator_baseline");
            Counts counts =
                    new Counts(units(), plans(), items(), assignments(), periods(), updates(), actuals(), targets());
            users();
            for (String table : List.of(
                    "org_unit",
                    "plan",
                    "plan_item",
                    "assignment",
                    "reporting_period",
                    "progress_update",
                    "indicator",
                    "indicator_milestone",
                    "indicator_period",
                    "app_user",
                    "indicator_actual",
                    "indicator_target",
                    "indicator_baseline")) {
                execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
                        + "))");
            }
            execute("analyze");
            connection.commit();
            return counts;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private int units() throws SQLException {
        try (Copy units = copy("org_unit (id, code, name, short_name, kind, parent_id, sort_order, valid_from, "
                + "handles_procedures, search_key)")) {
            int written = 0;
            for (int p = 1; p <= PROVINCES; p++) {
                String pp = String.format(Locale.ROOT, "%02d", p);
                long province = unitId++;
                String provinceName = "Tỉnh Quốc gia " + pp;
                units.row(
                        province,
                        "NQ" + pp,
                        provinceName,
                        "Tỉnh QG " + pp,
                        "PROVINCE",
                        null,
                        p,
                        "2025-07-01",
                        false,
                        key(provinceName + " NQ" + pp));
                List<Long> departments = new ArrayList<>();
                for (int d = 0; d < DEPARTMENTS; d++) {
                    long id = unitId++;
                    String name = (d < 11 ? "Sở " : "") + DEPARTMENT_NAMES[d] + " tỉnh QG " + pp;
                    units.row(
                            id,
                            "NQ" + pp + "-S" + (d + 1),
                            name,
                            null,
                            "DEPARTMENT",
                            province,
                            d + 1,
                            "2025-07-01",
                            true,
                            key(name + " NQ" + pp + "-S" + (d + 1)));
                    departments.add(id);
                }
                int share = COMMUNES / PROVINCES + (p <= COMMUNES % PROVINCES ? 1 : 0);
                List<Long> communes = new ArrayList<>();
                for (int c = 1; c <= share; c++) {
                    long id = unitId++;
                    String name = (c % 5 == 0 ? "Phường " : "Xã ") + "Quốc gia " + pp + "-" + c;
                    String code = "NQ" + pp + "-X" + c;
                    units.row(
                            id,
                            code,
                            name,
                            null,
                            "COMMUNE",
                            province,
                            100 + c,
                            "2025-07-01",
                            true,
                            key(name + " " + code));
                    communes.add(id);
                }
                provinces.add(new Province(p, province, departments, communes, 0, null));
                written += 1 + DEPARTMENTS + share;
            }
            return written;
        }
    }

    private int plans() throws SQLException {
        try (Copy plans = copy("plan (id, plan_key, doc_number, issuing_unit_id, issue_date, kind, plan_year, title, "
                + "start_date, end_date, status, issued_at, search_key, created_by, created_at, updated_by, "
                + "updated_at, reporting_cadence)")) {
            for (int i = 0; i < provinces.size(); i++) {
                Province p = provinces.get(i);
                long annual = planId++;
                plan(
                        plans,
                        annual,
                        "annual",
                        100,
                        p,
                        "ANNUAL",
                        "cải cách hành chính năm 2026",
                        "2026-01-01",
                        "QUARTERLY");
                Long campaign = null;
                if (i < CAMPAIGN_PLANS) {
                    campaign = planId++;
                    plan(
                            plans,
                            campaign,
                            "campaign",
                            500,
                            p,
                            "CAMPAIGN",
                            "chiến dịch cao điểm năm 2026",
                            "2026-01-05",
                            "CAMPAIGN_10_DAYS");
                }
                provinces.set(i, new Province(p.number(), p.id(), p.departments(), p.communes(), annual, campaign));
            }
            return provinces.size() + CAMPAIGN_PLANS;
        }
    }

    /** One issued plan of 2026 of a province ("Kế hoạch cải cách hành chính năm 2026 của tỉnh QG 7", 107/KH-UBND). */
    private void plan(
            Copy plans,
            long id,
            String key,
            int numberBase,
            Province p,
            String kind,
            String what,
            String start,
            String cadence)
            throws SQLException {
        String title = "Kế hoạch " + what + " của tỉnh QG " + p.number();
        plans.row(
                id,
                "nq-" + key + "-" + p.number(),
                (numberBase + p.number()) + "/KH-UBND",
                p.id(),
                "2026-01-05",
                kind,
                2026,
                title,
                start,
                "2026-12-31",
                "ISSUED",
                stamp,
                key(title),
                "bench",
                stamp,
                "bench",
                stamp,
                cadence);
    }

    /** Items of each plan: groups of five items; item ids follow from the plan's first item id. */
    private final List<long[]> itemsOfPlan = new ArrayList<>();

    private long items() throws SQLException {
        long written = 0;
        try (Copy items = copy("plan_item (id, plan_id, parent_id, sort_order, item_number, kind, title, goal, tasks, "
                + "lead_unit_id, deadline)")) {
            for (Province p : provinces) {
                written += planItems(items, p, p.annualPlan(), ANNUAL_ITEMS);
                if (p.campaignPlan() != null) {
                    written += planItems(items, p, p.campaignPlan(), CAMPAIGN_ITEMS);
                }
            }
        }
        return written;
    }

    private long planItems(Copy items, Province p, long plan, int count) throws SQLException {
        long[] ids = new long[count];
        long group = 0;
        int written = 0;
        for (int i = 0; i < count; i++) {
            if (i % 5 == 0) {
                group = itemId++;
                items.row(
                        group,
                        plan,
                        null,
                        i / 5 + 1,
                        roman(i / 5 + 1),
                        "GROUP",
                        "Nhóm nhiệm vụ " + (i / 5 + 1),
                        null,
                        null,
                        null,
                        null);
                written++;
            }
            ids[i] = itemId++;
            long lead = p.departments().get(i % DEPARTMENTS);
            items.row(
                    ids[i],
                    plan,
                    group,
                    i % 5 + 1,
                    (i % 5 + 1) + "",
                    "ITEM",
                    "Nhiệm vụ " + (i + 1) + " về cải cách hành chính của tỉnh QG " + p.number(),
                    "Mục tiêu của nhiệm vụ " + (i + 1),
                    "Các việc cần làm của nhiệm vụ " + (i + 1),
                    lead,
                    LocalDate.of(2026, 3 + i % 10, 28).toString());
            written++;
        }
        itemsOfPlan.add(new long[] {plan, ids[0], ids[count - 1], p.number()});
        itemIdsByPlan.put(plan, ids);
        return written;
    }

    private final java.util.Map<Long, long[]> itemIdsByPlan = new java.util.HashMap<>();
    /** Assignment ids with their plan, for progress updates. */
    private final List<long[]> assignmentRows = new ArrayList<>();

    private long assignments() throws SQLException {
        try (Copy rows = copy("assignment (id, plan_id, item_id, unit_id, role, status, percent_complete, due_date, "
                + "created_at, updated_at, updated_by)")) {
            for (Province p : provinces) {
                assign(rows, p, p.annualPlan());
                if (p.campaignPlan() != null) {
                    assign(rows, p, p.campaignPlan());
                }
            }
        }
        return assignmentRows.size();
    }

    private void assign(Copy rows, Province p, long plan) throws SQLException {
        long[] items = itemIdsByPlan.get(plan);
        for (int i = 0; i < items.length; i++) {
            String due = LocalDate.of(2026, 3 + i % 10, 28).toString();
            List<Long> units = new ArrayList<>();
            units.add(p.departments().get(i % DEPARTMENTS));
            units.add(p.departments().get((i + 7) % DEPARTMENTS));
            units.add(p.departments().get((i + 13) % DEPARTMENTS));
            boolean communes = i % 4 == 0;
            if (communes) {
                units.addAll(p.communes());
            }
            for (int u = 0; u < units.size(); u++) {
                long id = assignmentId++;
                int percent = random.nextInt(0, 101);
                String status = percent == 100 ? "DONE_ON_TIME" : percent == 0 ? "NOT_STARTED" : "IN_PROGRESS";
                boolean lead = u == 0 || u > 2;
                rows.row(
                        id,
                        plan,
                        items[i],
                        units.get(u),
                        lead ? "LEAD" : "COORDINATING",
                        status,
                        percent,
                        due,
                        stamp,
                        stamp,
                        "bench");
                assignmentRows.add(new long[] {id, plan, percent});
            }
        }
    }

    /** The first reporting period id of each plan (12 consecutive ids). */
    private final java.util.Map<Long, Long> firstPeriod = new java.util.HashMap<>();

    private long periods() throws SQLException {
        long written = 0;
        try (Copy rows = copy("reporting_period (id, plan_id, seq, kind, label, start_date, end_date, due_date)")) {
            for (Province p : provinces) {
                for (Long plan : p.campaignPlan() == null
                        ? List.of(p.annualPlan())
                        : List.of(p.annualPlan(), p.campaignPlan())) {
                    firstPeriod.put(plan, periodId);
                    periodId = months(
                            periodId,
                            (id, m, label, start, end, due) ->
                                    rows.row(id, plan, m, m == PERIODS ? "FINAL" : "REGULAR", label, start, end, due));
                    written += PERIODS;
                }
            }
        }
        return written;
    }

    /** A month of 2026 as a period: its id, number, label, first and last day, and due date (5 days after). */
    @FunctionalInterface
    private interface Month {
        void row(long id, int month, String label, String start, String end, String due) throws SQLException;
    }

    /**
     * The twelve monthly periods of 2026 (a plan's reporting periods and its indicators' periods alike), with ids
     * from {@code firstId}; gives the id after the last.
     */
    private static long months(long firstId, Month month) throws SQLException {
        for (int m = 1; m <= PERIODS; m++) {
            LocalDate start = LocalDate.of(2026, m, 1);
            LocalDate end = start.plusMonths(1).minusDays(1);
            month.row(
                    firstId + m - 1,
                    m,
                    "Tháng " + m + "/2026",
                    start.toString(),
                    end.toString(),
                    end.plusDays(5).toString());
        }
        return firstId + PERIODS;
    }

    private long updates() throws SQLException {
        long written = 0;
        try (Copy rows = copy("progress_update (id, assignment_id, period_id, state, completed, percent_complete, "
                + "result, created_by, created_at, submitted_by, submitted_at, late, reviewed_by, reviewed_at)")) {
            int perAssignment = (int) Math.max(1, TARGET_UPDATES / assignmentRows.size());
            int extra = (int) (TARGET_UPDATES - (long) perAssignment * assignmentRows.size());
            for (int a = 0; a < assignmentRows.size(); a++) {
                long[] row = assignmentRows.get(a);
                int count = perAssignment + (a < extra ? 1 : 0);
                long first = firstPeriod.get(row[1]);
                for (int k = 0; k < count && k < PERIODS; k++) {
                    boolean last = k == count - 1;
                    String state = !last
                            ? "ACCEPTED"
                            : switch ((int) (row[0] % 4)) {
                                case 0 -> "DRAFT";
                                case 1 -> "SUBMITTED";
                                case 2 -> "RETURNED";
                                default -> "ACCEPTED";
                            };
                    int percent = (int) Math.min(100, row[2] * (k + 1) / count);
                    boolean sent = !state.equals("DRAFT");
                    boolean reviewed = state.equals("ACCEPTED") || state.equals("RETURNED");
                    rows.row(
                            updateId++,
                            row[0],
                            first + k,
                            state,
                            percent == 100,
                            percent,
                            "Kết quả thực hiện kỳ " + (k + 1) + ": đã triển khai " + percent + "% khối lượng.",
                            "bench",
                            stamp,
                            sent ? "bench" : null,
                            sent ? stamp : null,
                            random.nextInt(10) == 0,
                            reviewed ? "bench" : null,
                            reviewed ? stamp : null);
                    written++;
                }
            }
        }
        return written;
    }

    private long actuals() throws SQLException {
        long written = 0;
        Copy settings = buffered("indicator_plan (plan_id, cadence, start_date, end_date, created_by, created_at)");
        Copy indicators = buffered("indicator (id, plan_id, sort_order, code, name, measure, direction, decimals, "
                + "rule_kind, fixed_target)");
        Copy milestones = buffered("indicator_milestone (id, plan_id, seq, kind, day_number, label, milestone_date)");
        Copy periods = buffered("indicator_period (id, plan_id, seq, label, start_date, end_date, due_date)");
        {
            for (Province p : provinces) {
                if (p.campaignPlan() == null) {
                    continue;
                }
                long plan = p.campaignPlan();
                settings.row(plan, "MONTHLY", "2026-01-05", "2026-12-31", "bench", stamp);
                for (int i = 0; i < INDICATORS; i++) {
                    indicators.row(
                            indicatorId + i,
                            plan,
                            i + 1,
                            "CT" + (i + 1),
                            "Chỉ tiêu " + (i + 1) + ": tỷ lệ hồ sơ giải quyết trực tuyến toàn trình",
                            "PERCENT",
                            "HIGHER_BETTER",
                            1,
                            "FIXED",
                            50 + i % 50);
                }
                indicatorId += INDICATORS;
                int[] days = {50, 100, 0};
                for (int m = 0; m < MILESTONES; m++) {
                    LocalDate date =
                            m < 2 ? LocalDate.of(2026, 1, 5).plusDays(days[m] - 1) : LocalDate.of(2026, 12, 31);
                    milestones.row(
                            milestoneId++,
                            plan,
                            m + 1,
                            m < 2 ? "CAMPAIGN_DAY" : "MONTH_END",
                            m < 2 ? days[m] : null,
                            m < 2 ? "Ngày thứ " + days[m] : "Cuối năm",
                            date.toString());
                }
                indicatorPeriodId = months(
                        indicatorPeriodId,
                        (id, m, label, start, end, due) -> periods.row(id, plan, m, label, start, end, due));
            }
        }
        send(settings, indicators, milestones, periods);
        try (Copy rows = copy("indicator_actual (id, indicator_id, unit_id, period_id, actual_value, source, "
                + "entered_by, entered_at)")) {
            long firstIndicator = indicatorId - (long) INDICATORS * CAMPAIGN_PLANS;
            long firstPeriodId = indicatorPeriodId - (long) PERIODS * CAMPAIGN_PLANS;
            for (int c = 0; c < CAMPAIGN_PLANS; c++) {
                Province p = provinces.get(c);
                List<Long> units = new ArrayList<>(p.departments());
                units.addAll(p.communes());
                for (int i = 0; i < INDICATORS; i++) {
                    long indicator = firstIndicator + (long) c * INDICATORS + i;
                    for (long unit : units) {
                        for (int k = 0; k < PERIODS; k++) {
                            rows.row(
                                    actualId++,
                                    indicator,
                                    unit,
                                    firstPeriodId + (long) c * PERIODS + k,
                                    random.nextInt(0, 1001) / 10.0,
                                    "IMPORT",
                                    "bench",
                                    stamp);
                            written++;
                        }
                    }
                }
            }
        }
        return written;
    }

    private long targets() throws SQLException {
        long written = 0;
        long firstIndicator = indicatorId - (long) INDICATORS * CAMPAIGN_PLANS;
        long firstMilestone = milestoneId - (long) MILESTONES * CAMPAIGN_PLANS;
        Copy baselines = buffered("indicator_baseline (id, indicator_id, unit_id, baseline_value, source)");
        Copy overrides = buffered("indicator_target (id, indicator_id, unit_id, milestone_id, target_value, reason, "
                + "set_in_plan_id, set_by, set_at)");
        {
            for (int c = 0; c < CAMPAIGN_PLANS; c++) {
                Province p = provinces.get(c);
                List<Long> units = new ArrayList<>(p.departments());
                units.addAll(p.communes());
                for (int i = 0; i < INDICATORS; i++) {
                    long indicator = firstIndicator + (long) c * INDICATORS + i;
                    for (long unit : units) {
                        baselines.row(baselineId++, indicator, unit, random.nextInt(0, 1001) / 10.0, "bench");
                        for (int m = 0; m < MILESTONES; m++) {
                            rows(
                                    overrides,
                                    indicator,
                                    unit,
                                    firstMilestone + (long) c * MILESTONES + m,
                                    p.campaignPlan());
                            written++;
                        }
                    }
                }
            }
        }
        send(baselines, overrides);
        return written;
    }

    private void rows(Copy overrides, long indicator, long unit, long milestone, long plan) throws SQLException {
        overrides.row(
                targetId++,
                indicator,
                unit,
                milestone,
                random.nextInt(500, 1001) / 10.0,
                "Giao theo Kế hoạch của tỉnh",
                plan,
                "bench",
                stamp);
    }

    private void users() throws SQLException {
        Copy users = buffered("app_user (id, username, full_name, password_hash, org_unit_id, created_at)");
        Copy roles = buffered("app_user_role (user_id, role)");
        {
            for (Province p : provinces) {
                String pp = String.format(Locale.ROOT, "%02d", p.number());
                long planner = userId++;
                users.row(
                        planner,
                        "kh.p" + pp,
                        "Chuyên viên Sở Nội vụ tỉnh QG " + pp,
                        NO_PASSWORD,
                        p.departments().getFirst(),
                        stamp);
                roles.row(planner, "PLANNER");
                long head = userId++;
                users.row(
                        head,
                        "xa.p" + pp + ".001",
                        "Chủ tịch UBND Xã Quốc gia " + pp + "-1",
                        NO_PASSWORD,
                        p.communes().getFirst(),
                        stamp);
                roles.row(head, "UNIT_HEAD");
            }
        }
        send(users, roles);
    }

    private long next(String table) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            return Math.max(rs.getLong(1), 1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private static String key(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return (text + " " + plain).toLowerCase(Locale.ROOT);
    }

    private static String roman(int n) {
        String[] r = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n <= r.length ? r[n - 1] : String.valueOf(n);
    }

    /** A COPY that streams its rows now: no other COPY may run on the connection until it is closed. */
    private Copy copy(String target) throws SQLException {
        Copy copy = new Copy(connection, target);
        copy.start();
        return copy;
    }

    /** A COPY that keeps its rows until {@link #send} (several may be filled at once). */
    private Copy buffered(String target) {
        return new Copy(connection, target);
    }

    /** Sends buffered copies in the order given (parents before the rows that reference them). */
    private static void send(Copy... copies) throws SQLException {
        for (Copy copy : copies) {
            copy.start();
            copy.close();
        }
    }

    /** One COPY in CSV. */
    private static final class Copy implements AutoCloseable {

        private final Connection connection;
        private final String target;
        private CopyIn in;
        private final StringBuilder buffer = new StringBuilder(1 << 16);

        Copy(Connection connection, String target) {
            this.connection = connection;
            this.target = target;
        }

        void start() throws SQLException {
            in = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + target + " from stdin with (format csv)");
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                String s = v.toString();
                if (s.isEmpty() || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
                    buffer.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else {
                    buffer.append(s);
                }
            }
            buffer.append('\n');
            if (in != null && buffer.length() > (1 << 16)) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            flush();
            in.endCopy();
        }
    }
}
