package vn.cchc.portal.restructuring;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.cchc.portal.security.SystemPrincipal;

/**
 * Carries the work of ended units over every night at 00:30 Vietnam time (cron {@code cchc.carry-over.cron}, "-"
 * turns it off), so that on the effective date the successors find it in their task lists. Every node's scheduler
 * fires; the node that takes the lock {@code carry-over-job} runs it, and a second run moves nothing twice.
 */
@Component
class CarryOverSchedule {

    private final CarryOverService service;

    CarryOverSchedule(CarryOverService service) {
        this.service = service;
    }

    @Scheduled(cron = "${cchc.carry-over.cron:0 30 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "carry-over-job", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    public void everyNight() {
        SystemPrincipal.callAsSystem(service::run);
    }
}
