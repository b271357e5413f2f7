package vn.cchc.portal.report;

import jakarta.annotation.PreDestroy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Generates documents in the background (two at a time), as the signed-in user, so that views stay responsive and
 * show progress while a long document is laid out.
 */
@Service
public class ReportJobs {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ReportCatalog catalog;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "report-job-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    ReportJobs(ReportCatalog catalog) {
        this.catalog = catalog;
    }

    /** A running or finished generation; read from any thread. */
    public static final class Job {
        private volatile String stage = "Đang chờ";
        private volatile int pages = -1;
        private volatile GeneratedFile file;
        private volatile RuntimeException failure;

        public String stage() {
            return stage;
        }

        public int pages() {
            return pages;
        }

        public GeneratedFile file() {
            return file;
        }

        /** Why the document was not made, in the given language; null while running or when it was made. */
        public String error(java.util.Locale locale) {
            RuntimeException e = failure;
            if (e == null) {
                return null;
            }
            return e instanceof org.springframework.security.access.AccessDeniedException
                    ? vn.cchc.portal.shared.BusinessException.text("error.report.denied", new Object[0], locale)
                    : vn.cchc.portal.shared.BusinessException.messageOf(e, locale);
        }

        public boolean finished() {
            return file != null || failure != null;
        }
    }

    /** Starts generating; the caller's identity and rights go with the work. */
    @PreAuthorize("isAuthenticated()")
    public Job start(ReportRequest request, ExportFormat format) {
        Job job = new Job();
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                job.file = catalog.generate(request, format, (stage, pages) -> {
                    job.stage = stage;
                    job.pages = pages;
                });
                job.stage = "Hoàn thành";
            } catch (RuntimeException e) {
                job.failure = e;
            }
        }));
        return job;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
