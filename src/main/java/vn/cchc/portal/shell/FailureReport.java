package vn.cchc.portal.shell;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.cchc.portal.shared.BusinessException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the user is told about an action that failed, by what the failure (or anything that caused it) is: a broken
 * rule keeps its own message; a refusal, a conflicting edit, an unreachable database and anything unexpected get a
 * message of the bundle. The last two are incidents: they get an id the user can quote and the log keeps.
 */
record FailureReport(Kind kind, BusinessException rule, String incident) {

    /** Failures that mean the database could not be reached or dropped the connection. */
    private static final List<Class<? extends Throwable>> UNREACHABLE_DATABASE = List.of(
            CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, JDBCConnectionException.class,
            SQLTransientConnectionException.class, SQLNonTransientConnectionException.class,
            SQLRecoverableException.class, ConnectException.class);

    enum Kind {
        /** A {@link BusinessException}: the input broke a rule; its message says which. */
        RULE(null),
        DENIED("error.denied"),
        CONFLICT("error.conflict"),
        DATABASE("error.database"),
        UNEXPECTED("error.unexpected");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        boolean isIncident() {
            return this == DATABASE || this == UNEXPECTED;
        }
    }

    static FailureReport of(Throwable failure) {
        var rule = causes(failure).filter(BusinessException.class::isInstance).findFirst();
        if (rule.isPresent()) {
            return new FailureReport(Kind.RULE, (BusinessException) rule.get(), null);
        }
        Kind kind = kind(failure);
        return new FailureReport(kind, null, kind.isIncident() ? newIncidentId() : null);
    }

    /** The broken rule's own message in the user's language, or null when no rule was broken. */
    String ruleMessage(Locale locale) {
        return rule == null ? null : rule.message(locale);
    }

    /** The bundle key of the message, or null for a broken rule (its own message is shown). */
    String messageKey() {
        return kind.messageKey;
    }

    private static Kind kind(Throwable failure) {
        if (has(failure, t -> t instanceof AccessDeniedException)) {
            return Kind.DENIED;
        }
        // before the database: an optimistic-lock failure is also a (transient) data access exception
        if (has(
                failure,
                t -> t instanceof OptimisticLockingFailureException
                        || t instanceof OptimisticLockException
                        || t instanceof StaleStateException)) {
            return Kind.CONFLICT;
        }
        if (has(
                failure,
                t -> UNREACHABLE_DATABASE.stream().anyMatch(type -> type.isInstance(t))
                        || lostConnection(t)
                        || commitOrRollbackFailed(t))) {
            return Kind.DATABASE;
        }
        return Kind.UNEXPECTED;
    }

    /**
     * A driver or pool error about the connection: SQL state class 08 (connection exception, e.g. the pool's
     * "Connection is closed") or 57P (PostgreSQL shutting down or terminating the session).
     */
    private static boolean lostConnection(Throwable t) {
        return t instanceof SQLException sql
                && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
    }

    /**
     * JDBC refused a commit or rollback. When the database drops the connection under a statement, the pool closes
     * it and the rollback that follows fails; Spring then throws that failure instead of the statement's.
     */
    private static boolean commitOrRollbackFailed(Throwable t) {
        return t instanceof TransactionException && t.getCause() instanceof SQLException;
    }

    private static boolean has(Throwable failure, Predicate<Throwable> test) {
        return causes(failure).anyMatch(test);
    }

    /** The failure, its causes and what was suppressed along the way (e.g. the error a failed rollback hid). */
    private static Stream<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>(List.of(failure));
        Stream.Builder<Throwable> out = Stream.builder();
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (seen.add(t)) {
                out.add(t);
                if (t.getCause() != null) {
                    todo.add(t.getCause());
                }
                todo.addAll(List.of(t.getSuppressed()));
            }
        }
        return out.build();
    }

    /** Eight hexadecimal digits, short enough to read out on the phone. */
    static String newIncidentId() {
        return HexFormat.of()
                .withUpperCase()
                .toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
