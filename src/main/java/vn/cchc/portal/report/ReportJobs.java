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
        private volatile String error;

        public String stage() {
            return stage;
        }

        public int pages() {
            return pages;
        }

        public GeneratedFile file() {
            return file;
        }

        public String error() {
            return error;
        }

        public boolean finished() {
            return file != null || error != null;
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
                job.error = e instanceof org.springframework.security.access.AccessDeniedException
                        ? "Bạn không có quyền tạo văn bản này." : e.getMessage();
            }
        }));
        return job;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
