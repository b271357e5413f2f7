package vn.cchc.portal.shared;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event publication table of Flyway V9 against Spring Modulith's own JPA repository, with Hibernate validating
 * the mapping: a publication is stored, fails, is resubmitted and completes. Abstract:
 * {@link EventPublicationTableH2Test} and {@link EventPublicationTablePostgresTest} run it on both databases.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
@Import(EventPublicationTableContractTest.Registry.class)
abstract class EventPublicationTableContractTest {

    static final Instant PUBLISHED = Instant.parse("2026-03-02T00:15:00.123456Z");
    static final PublicationTargetIdentifier LISTENER = PublicationTargetIdentifier.of(
            "vn.cchc.portal.assignment.NotificationMailer.on(vn.cchc.portal.assignment.NotificationMail)");

    /** Modulith's JPA registry as the application configures it, with events that are their own serialized form. */
    @TestConfiguration
    @Import(Registry.JpaPublications.class)
    static class Registry {

        /** The auto-configuration is not public: imported by name. */
        static class JpaPublications implements ImportSelector {
            @Override
            public String[] selectImports(AnnotationMetadata metadata) {
                return new String[] {"org.springframework.modulith.events.jpa.JpaEventPublicationAutoConfiguration"};
            }
        }

        @Bean
        EventSerializer eventSerializer() {
            return new EventSerializer() {
                @Override
                public Object serialize(Object event) {
                    return event;
                }

                @Override
                public <T> T deserialize(Object serialized, Class<T> type) {
                    return type.cast(serialized);
                }
            };
        }
    }

    @Autowired
    EventPublicationRepository publications;

    @Autowired
    EntityManager em;

    /** A serialized event as long as a review comment of 4,000 Vietnamese characters makes one. */
    private static String longEvent() {
        return "{\"comment\":\"" + "Bổ sung danh mục văn bản đã rà soát. ".repeat(250) + "\"}";
    }

    private TargetEventPublication read(UUID id) {
        em.flush();
        em.clear();
        return publications.findIncompletePublications().stream()
                .filter(p -> p.getIdentifier().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPublicationIsStoredWithALongEventAndReadsBackIncomplete() {
        String event = longEvent();
        TargetEventPublication stored = publications.create(TargetEventPublication.of(event, LISTENER, PUBLISHED));

        TargetEventPublication read = read(stored.getIdentifier());

        assertThat(event.length()).isGreaterThan(9000);
        assertThat(read.getEvent()).isEqualTo(event);
        assertThat(read.getTargetIdentifier()).isEqualTo(LISTENER);
        assertThat(read.getPublicationDate()).isEqualTo(PUBLISHED);
        assertThat(read.getStatus()).isEqualTo(EventPublication.Status.PUBLISHED);
        assertThat(read.isCompleted()).isFalse();
    }

    @Test
    void aFailedPublicationIsFoundForResubmissionAndCountsItsAttempts() {
        UUID id = publications
                .create(TargetEventPublication.of("{\"updateId\":1}", LISTENER, PUBLISHED))
                .getIdentifier();
        publications.markProcessing(id);
        publications.markFailed(id);
        em.flush();
        em.clear();

        assertThat(publications.findFailedPublications(EventPublicationRepository.FailedCriteria.ALL))
                .extracting(EventPublication::getIdentifier)
                .containsExactly(id);

        Instant retried = PUBLISHED.plusSeconds(300);
        assertThat(publications.markResubmitted(id, retried)).isTrue();
        TargetEventPublication read = read(id);
        assertThat(read.getStatus()).isEqualTo(EventPublication.Status.RESUBMITTED);
        assertThat(read.getCompletionAttempts()).isPositive();
        assertThat(read.getLastResubmissionDate()).isEqualTo(retried);
    }

    @Test
    void aCompletedPublicationLeavesTheTable() {
        String event = "{\"updateId\":2}";
        publications.create(TargetEventPublication.of(event, LISTENER, PUBLISHED));
        em.flush();

        publications.markCompleted(event, LISTENER, PUBLISHED.plusSeconds(1));
        em.flush();
        em.clear();

        assertThat(publications.findIncompletePublications()).isEmpty();
        assertThat(em.createNativeQuery("select count(*) from event_publication")
                        .getSingleResult())
                .isEqualTo(0L);
    }
}
