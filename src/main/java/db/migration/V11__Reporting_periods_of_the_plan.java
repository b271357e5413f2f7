package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.cchc.portal.plan.ReportingCadence;
import vn.cchc.portal.plan.ReportingPeriods;
import vn.cchc.portal.plan.ReportingPeriods.Period;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reporting periods become part of the plan: every plan, drafts included, gets the periods of its cadence from the
 * day it takes effect (issue date or start date, whichever is later) to its last day ({@link ReportingPeriods}).
 *
 * <p>Drafts had none and get them. Issued and closed plans keep their period rows where a rule's period ends on the
 * same day (so progress reports keep pointing at them; the first one now starts on the issue date); periods that
 * ended or fell due before the plan was issued (Quý I and Quý II/2023 of Plan 1908/KH-UBND of 21/07/2023) are
 * removed, and any report filed under one of them is moved to the plan's first remaining period — the work it
 * reports was done under the plan, so after its issue date. Also indexes for reading periods by due date and
 * reports by period. Runs on H2 and PostgreSQL alike.
 */
public class V11__Reporting_periods_of_the_plan extends BaseJavaMigration {

    private record Row(long id, LocalDate end) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create index ix_reporting_period_due on reporting_period (due_date)");
            ddl.execute("create index ix_progress_update_period on progress_update (period_id, state)");
            ddl.execute("create index ix_plan_status on plan (status)");
        }
        try (Statement plans = connection.createStatement();
                ResultSet rs = plans.executeQuery("select id, reporting_cadence, plan_year, issue_date, start_date, "
                        + "end_date from plan order by id")) {
            while (rs.next()) {
                List<Period> wanted = ReportingPeriods.of(
                        ReportingCadence.valueOf(rs.getString(2)),
                        rs.getInt(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class));
                reconcile(connection, rs.getLong(1), wanted);
            }
        }
    }

    /** Turns a plan's period rows into the wanted ones, keeping the rows whose end day is still a period's. */
    private static void reconcile(Connection connection, long planId, List<Period> wanted) throws SQLException {
        List<Row> existing = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, end_date from reporting_period where plan_id = ? order by seq")) {
            select.setLong(1, planId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    existing.add(new Row(rs.getLong(1), rs.getObject(2, LocalDate.class)));
                }
            }
        }
        Map<Integer, Row> keeper = new HashMap<>();
        Map<Row, Integer> target = new HashMap<>();
        for (Row row : existing) {
            Integer index = target(row, wanted);
            target.put(row, index);
            if (index != null
                    && (!keeper.containsKey(index)
                            || row.end().equals(wanted.get(index).end())
                                    && !keeper.get(index)
                                            .end()
                                            .equals(wanted.get(index).end()))) {
                keeper.put(index, row);
            }
        }
        try (PreparedStatement park =
                connection.prepareStatement("update reporting_period set seq = -id where plan_id = ?")) {
            park.setLong(1, planId);
            park.executeUpdate();
        }
        for (int i = 0; i < wanted.size(); i++) {
            Row row = keeper.get(i);
            String sql = row == null
                    ? "insert into reporting_period (seq, kind, label, start_date, end_date, due_date, plan_id) "
                            + "values (?, ?, ?, ?, ?, ?, ?)"
                    : "update reporting_period set seq = ?, kind = ?, label = ?, start_date = ?, end_date = ?, "
                            + "due_date = ? where id = ?";
            try (PreparedStatement write = connection.prepareStatement(sql)) {
                Period period = wanted.get(i);
                write.setInt(1, period.seq());
                write.setString(2, period.kind().name());
                write.setString(3, period.label());
                write.setDate(4, Date.valueOf(period.start()));
                write.setDate(5, Date.valueOf(period.end()));
                write.setDate(6, Date.valueOf(period.due()));
                write.setLong(7, row == null ? planId : row.id());
                write.executeUpdate();
            }
        }
        for (Row row : existing) {
            Integer index = target.get(row);
            if (index != null && keeper.get(index) == row) {
                continue;
            }
            try (PreparedStatement move = connection.prepareStatement(
                            "update progress_update set period_id = ? where period_id = ?");
                    PreparedStatement delete =
                            connection.prepareStatement("delete from reporting_period where id = ?")) {
                if (index == null) {
                    move.setNull(1, java.sql.Types.BIGINT);
                } else {
                    move.setLong(1, keeper.get(index).id());
                }
                move.setLong(2, row.id());
                move.executeUpdate();
                delete.setLong(1, row.id());
                delete.executeUpdate();
            }
        }
    }

    /** The wanted period an old row turns into: the one ending the same day, else the next one to end. */
    private static Integer target(Row row, List<Period> wanted) {
        if (wanted.isEmpty()) {
            return null;
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (!wanted.get(i).end().isBefore(row.end())) {
                return i;
            }
        }
        return wanted.size() - 1;
    }
}
