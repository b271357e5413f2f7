package vn.cchc.portal.organization;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.portal.support.UseH2;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The organisation tree is read from the table once and again only after a unit changes, on this node or (through
 * the version row of Flyway V15, checked at most once a second) on another.
 */
@SpringBootTest(
        properties = "spring.jpa.properties.hibernate.session_factory.statement_inspector="
                + "vn.cchc.portal.organization.UnitTreeCacheTest$ThisThreadsStatements")
@UseH2
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "dbUserDetailsService")
class UnitTreeCacheTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

    @Autowired
    OrgUnitService units;

    @Autowired
    OrgUnitRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    /** Ia Tôr in force again, in the table and in this node's tree, whatever the test did to it. */
    @AfterEach
    void reopenIaTor() {
        transactions.executeWithoutResult(status -> {
            jdbc.update("update org_unit set valid_to = null, successor_id = null where name = ?", "Xã Ia Tôr");
            UnitTreeCache.bumpVersion(jdbc);
        });
        UnitTreeCache.unitsChanged();
    }

    @Test
    void accessChecksAndNamesRunNoStatementOnceTheTreeIsLoaded() {
        long iaTor = units.find("Xã Ia Tôr").orElseThrow().id();
        long district = units.find("Huyện Chư Prông").orElseThrow().id();

        long statements = statements(() -> {
            for (int i = 0; i < 50; i++) {
                assertThat(units.isWithin(iaTor, district)).isTrue();
                assertThat(units.nameOf(iaTor)).isEqualTo("Xã Ia Tôr");
                assertThat(units.tree(false)).isNotEmpty();
            }
        });

        assertThat(statements).isZero();
        assertThat(statements(() -> repository.findAll()))
                .as("the count itself")
                .isPositive();
    }

    @Test
    void aCommittedChangeIsSeenByTheNextReader() {
        long iaTor = units.find("Xã Ia Tôr").orElseThrow().id();

        transactions.executeWithoutResult(status -> units.end(iaTor, LAST_DAY, null));

        assertThat(units.tree(false)).extracting(OrgUnitSummary::name).doesNotContain("Xã Ia Tôr");
        assertThat(units.get(iaTor).validTo()).isEqualTo(LAST_DAY);
    }

    @Test
    void aRolledBackChangeLeavesTheTreeAsItWasAndItsTransactionSeesItsOwnChange() {
        long iaTor = units.find("Xã Ia Tôr").orElseThrow().id();

        transactions.executeWithoutResult(status -> {
            units.end(iaTor, LAST_DAY, null);
            assertThat(units.tree(false)).extracting(OrgUnitSummary::name).doesNotContain("Xã Ia Tôr");
            status.setRollbackOnly();
        });

        assertThat(units.tree(false)).extracting(OrgUnitSummary::name).contains("Xã Ia Tôr");
        assertThat(units.get(iaTor).validTo()).isNull();
    }

    @Test
    void aChangeCommitsWithANewVersionForTheOtherNodes() {
        long iaTor = units.find("Xã Ia Tôr").orElseThrow().id();
        long before = treeVersion();

        transactions.executeWithoutResult(status -> units.end(iaTor, LAST_DAY, null));
        long afterCommit = treeVersion();
        transactions.executeWithoutResult(status -> {
            repository.findById(iaTor).ifPresent(unit -> {
                unit.end(null, null);
                repository.saveAndFlush(unit);
            });
            status.setRollbackOnly();
        });

        assertThat(afterCommit).isGreaterThan(before);
        assertThat(treeVersion()).isEqualTo(afterCommit);
    }

    @Test
    void aUnitEndedByAnotherNodeLeavesThisNodesTreeOnceItSeesTheNewVersion() {
        long iaTor = units.find("Xã Ia Tôr").orElseThrow().id();
        assertThat(units.tree(false)).extracting(OrgUnitSummary::name).contains("Xã Ia Tôr");

        // what another node's transaction commits: the row, and the version its entity listener adds one to
        transactions.executeWithoutResult(status -> {
            jdbc.update("update org_unit set valid_to = ? where id = ?", LAST_DAY, iaTor);
            jdbc.update("update cache_version set version = version + 1 where name = 'org_unit_tree'");
        });

        await().atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .untilAsserted(() -> assertThat(units.tree(false))
                        .extracting(OrgUnitSummary::name)
                        .doesNotContain("Xã Ia Tôr"));
    }

    private long treeVersion() {
        return jdbc.queryForObject("select version from cache_version where name = 'org_unit_tree'", Long.class);
    }

    /**
     * The statements this thread prepares while the work runs (the session factory's statistics would also count
     * what other threads do meanwhile: the listeners still working off the demo data's events after start-up).
     */
    private long statements(Runnable work) {
        units.tree(false);
        long before = ThisThreadsStatements.COUNT.get()[0];
        work.run();
        return ThisThreadsStatements.COUNT.get()[0] - before;
    }

    /** Counts the statements Hibernate prepares, per thread. */
    public static final class ThisThreadsStatements implements org.hibernate.resource.jdbc.spi.StatementInspector {

        static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

        @Override
        public String inspect(String sql) {
            COUNT.get()[0]++;
            return sql;
        }
    }
}
