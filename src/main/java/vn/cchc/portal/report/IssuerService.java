package vn.cchc.portal.report;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanHeader;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.settings.SettingsService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Signer;
import vn.cchc.portal.shared.Texts;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The issuer of a unit's documents: stored issuing data (header lines, place, symbol, signer) with what the
 * organisation tree gives for anything not stored — the unit's and its parent's names, the place of the nearest
 * unit above that has one (else the province named in the settings), and for a signer name left blank the name signed under the same authority and title on the
 * unit's latest plan. Nothing about a particular unit is written in code.
 */
@Service
@Transactional(readOnly = true)
public class IssuerService {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final String COMMITTEE = "Ủy ban nhân dân";

    private final DocumentIssuerRepository issuers;
    private final OrgUnitService units;
    private final PlanService plans;
    private final ReportAuditor auditor;
    private final CurrentUser currentUser;
    private final SettingsService settings;
    private final Clock clock;

    IssuerService(
            DocumentIssuerRepository issuers,
            OrgUnitService units,
            PlanService plans,
            ReportAuditor auditor,
            CurrentUser currentUser,
            SettingsService settings,
            Clock clock) {
        this.settings = settings;
        this.auditor = auditor;
        this.issuers = issuers;
        this.units = units;
        this.plans = plans;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The issuer of documents of a unit. */
    @PreAuthorize("isAuthenticated()")
    public Issuer of(long unitId) {
        Map<Long, OrgUnitSummary> tree = new HashMap<>();
        units.activeUnits().forEach(u -> tree.put(u.id(), u));
        OrgUnitSummary unit = tree.get(unitId);
        String name = unit != null ? unit.name() : units.nameOf(unitId);
        if (name == null || name.isBlank()) {
            throw BusinessException.of("error.report.issuerNotFound");
        }
        Optional<DocumentIssuer> stored = issuers.findById(unitId);
        boolean committee = unit == null
                || unit.kind() == OrgUnitKind.PROVINCE
                || unit.kind() == OrgUnitKind.DISTRICT
                || unit.kind() == OrgUnitKind.COMMUNE;
        String derivedParent = null;
        String derivedBody;
        if (committee) {
            String rest = name.startsWith(COMMITTEE)
                    ? name.substring(COMMITTEE.length()).strip()
                    : name;
            derivedBody = (COMMITTEE + "\n" + rest).toUpperCase(VI);
        } else {
            OrgUnitSummary parent = unit.parentId() == null ? null : tree.get(unit.parentId());
            derivedParent = parent == null
                    ? null
                    : OrgUnitDirectory.abbreviate(parent.name()).toUpperCase(VI);
            derivedBody = name.toUpperCase(VI);
        }
        String derivedSymbol = committee ? "UBND" : unit.code();
        DocumentIssuer row = stored.orElse(null);
        return new Issuer(
                unitId,
                pick(row == null ? null : row.parentBody, derivedParent),
                pick(row == null ? null : row.issuingBody, derivedBody),
                pick(
                        row == null ? null : row.place,
                        pick(placeAbove(unit, tree), settings.current().provinceName())),
                pick(row == null ? null : row.symbol, derivedSymbol),
                row == null ? null : row.signerAuthority,
                row == null ? null : row.signerTitle,
                row == null ? null : pick(row.signerName, signedBefore(unitId, row)),
                name);
    }

    /** The name signed under the row's authority and title on the unit's latest issued plan, or null. */
    private String signedBefore(long unitId, DocumentIssuer row) {
        if (row.signerTitle == null) {
            return null;
        }
        return plans.list(new PlanFilter(null, null, null, unitId, null)).stream()
                .filter(p ->
                        p.issueDate() != null && (p.status() == PlanStatus.ISSUED || p.status() == PlanStatus.CLOSED))
                .sorted(Comparator.comparing(PlanSummary::issueDate)
                        .thenComparing(PlanSummary::id)
                        .reversed())
                .limit(10)
                .map(p -> PlanHeader.of(plans.get(p.id())).printed())
                .filter(h -> same(h.signerAuthority(), row.signerAuthority) && same(h.signerTitle(), row.signerTitle))
                .map(PlanHeader.Printed::signerName)
                .filter(n -> n != null && !n.isBlank())
                .findFirst()
                .orElse(null);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    /** What is stored for a unit (blank where the derived value is used). */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER')")
    public IssuerForm form(long unitId) {
        IssuerForm form = new IssuerForm();
        form.setUnitId(unitId);
        issuers.findById(unitId).ifPresent(row -> {
            form.setParentBody(row.parentBody);
            form.setIssuingBody(row.issuingBody);
            form.setPlace(row.place);
            form.setSymbol(row.symbol);
            form.setSigner(new Signer(row.signerAuthority, row.signerTitle, row.signerName));
        });
        return form;
    }

    /** Stores a unit's issuing data. */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER')")
    @Transactional
    public Issuer save(IssuerForm form) {
        if (units.nameOf(form.getUnitId()).isBlank()) {
            throw BusinessException.of("error.report.issuerNotFound");
        }
        Signer signer = form.getSigner().normalized();
        if (!signer.fits()
                || length(form.getIssuingBody()) > 300
                || length(form.getParentBody()) > 200
                || length(form.getPlace()) > 100
                || length(form.getSymbol()) > 40) {
            throw BusinessException.of("error.report.issuerTooLong");
        }
        Optional<DocumentIssuer> stored = issuers.findById(form.getUnitId());
        DocumentIssuer before = stored.map(DocumentIssuer::copy).orElse(null);
        DocumentIssuer row = stored.orElseGet(() -> {
            DocumentIssuer created = new DocumentIssuer();
            created.unitId = form.getUnitId();
            return created;
        });
        row.parentBody = Texts.nfcOrNull(form.getParentBody());
        row.issuingBody = block(form.getIssuingBody());
        row.place = Texts.nfcOrNull(form.getPlace());
        row.symbol = Texts.nfcOrNull(form.getSymbol());
        row.signerAuthority = signer.authority();
        row.signerTitle = signer.title();
        row.signerName = signer.name();
        row.updatedBy = currentUser.require().username();
        row.updatedAt = clock.instant();
        issuers.saveAndFlush(row);
        auditor.issuerChanged(row.unitId, before, row);
        return of(form.getUnitId());
    }

    private String placeAbove(OrgUnitSummary unit, Map<Long, OrgUnitSummary> tree) {
        OrgUnitSummary current = unit;
        int guard = 0;
        while (current != null && guard++ < 50) {
            Optional<DocumentIssuer> row = issuers.findById(current.id());
            if (row.isPresent() && row.get().place != null) {
                return row.get().place;
            }
            current = current.parentId() == null ? null : tree.get(current.parentId());
        }
        return null;
    }

    private static String pick(String stored, String derived) {
        return stored == null || stored.isBlank() ? derived : stored;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static String block(String text) {
        if (text == null) {
            return null;
        }
        String value = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .strip();
        return value.isEmpty() ? null : value;
    }
}
