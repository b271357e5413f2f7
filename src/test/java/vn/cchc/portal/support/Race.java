package vn.cchc.portal.support;

import org.springframework.security.core.context.SecurityContextHolder;
import vn.cchc.portal.shared.BusinessException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two (or more) clicks at the same moment: each action runs on a thread of its own, all released together once each
 * thread is ready (signed in), and what each one got is collected — {@link #DONE}, or the message of the
 * {@link BusinessException} it was refused with.
 */
public final class Race {

    /** The outcome of an action that went through. */
    public static final String DONE = "done";

    private Race() {}

    /**
     * Runs the actions at the same moment. Each thread first runs {@code ready} (e.g. signs a user in), then waits for
     * the others; its security context is cleared at the end.
     *
     * @return the outcomes in the order of the actions
     */
    public static List<String> atOnce(Runnable ready, Runnable... actions) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(actions.length);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (Runnable action : actions) {
                runs.add(pool.submit(() -> {
                    try {
                        ready.run();
                        start.await();
                        action.run();
                        return DONE;
                    } catch (BusinessException refused) {
                        return refused.getMessage();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> run : runs) {
                outcomes.add(run.get(5, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Exactly one action went through; every other one was refused with a message containing {@code refusal}. */
    public static void assertOneWentThroughAndTheOthersWereTold(List<String> outcomes, String refusal) {
        assertThat(outcomes).filteredOn(DONE::equals).hasSize(1);
        assertThat(outcomes)
                .filteredOn(outcome -> !outcome.equals(DONE))
                .hasSize(outcomes.size() - 1)
                .allSatisfy(message -> assertThat(message).contains(refusal));
    }
}
