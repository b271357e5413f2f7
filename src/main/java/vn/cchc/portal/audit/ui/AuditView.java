package vn.cchc.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.portal.audit.AuditActor;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditQuery;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.ui.DatePickers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every change in the portal for administrators: filter by kind of subject, user, days and free text (with or
 * without diacritics), page through the log lazily and download what the filters select as Excel.
 */
@Route("audit")
@Menu(order = 95, title = "menu.audit", icon = "vaadin:clipboard-text")
@RolesAllowed(Role.Names.ADMIN)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private static final int SHORT = 200;
    private static final int NAME = 110;

    private final transient AuditLog audit;
    private final transient Clock clock;
    private final ComboBox<AuditSubjectType> type = new ComboBox<>();
    private final ComboBox<AuditActor> user = new ComboBox<>();
    private final DatePicker from = DatePickers.vietnamese(null);
    private final DatePicker to = DatePickers.vietnamese(null);
    private final TextField text = new TextField();
    private final Span count = new Span();
    private final Grid<AuditRow> grid = new Grid<>();
    /** The filters as last applied; the download reads them outside the UI's lock. */
    private volatile AuditQuery query = AuditQuery.all();

    private volatile Locale locale;

    AuditView(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
        setSizeFull();
        locale = getLocale();
        filters();
        columns();
        Anchor export = new Anchor(download(), AttachmentType.DOWNLOAD, "");
        Button exportButton = new Button(getTranslation("audit.export"), VaadinIcon.DOWNLOAD_ALT.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.add(exportButton);
        export.setId("audit-export");

        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("audit.title")), export);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        export.getStyle().set("margin-left", "auto");
        HorizontalLayout bar = new HorizontalLayout(text, type, user, from, to, count);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(top, bar, grid);
        refresh();
    }

    private void filters() {
        text.setLabel(getTranslation("audit.filter.text"));
        text.setPlaceholder(getTranslation("audit.filter.text.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setWidth("20em");
        text.setId("audit-text");
        type.setLabel(getTranslation("audit.filter.type"));
        type.setItems(AuditSubjectType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.setClearButtonVisible(true);
        type.setId("audit-type");
        user.setLabel(getTranslation("audit.filter.user"));
        user.setItems(
                (ComboBox.ItemFilter<AuditActor>) (a, f) -> Texts.matches(f, a.name() + " " + a.username()),
                audit.actors(getLocale()));
        user.setItemLabelGenerator(a -> a.name() + " (" + a.username() + ")");
        user.setClearButtonVisible(true);
        user.setWidth("16em");
        user.setId("audit-user");
        from.setLabel(getTranslation("audit.filter.from"));
        from.setId("audit-from");
        from.setWidth("10em");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setId("audit-to");
        to.setWidth("10em");
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refresh();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            refresh();
        });
        text.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        user.addValueChangeListener(e -> refresh());
        count.setId("audit-count");
    }

    private void columns() {
        grid.addColumn(r -> Formats.DATE_TIME.format(r.at().atZone(ZONE)))
                .setHeader(getTranslation("audit.col.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRow::user)
                .setHeader(getTranslation("audit.col.user"))
                .setTooltipGenerator(AuditRow::username)
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<AuditRow>of("<b>${item.type}</b><br>${item.subject}"
                                + "<div style='font-size:var(--lumo-font-size-s);color:var(--lumo-secondary-text-color)'>"
                                + "${item.parent}</div>")
                        .withProperty("type", AuditRow::subjectTypeLabel)
                        .withProperty("subject", r -> Texts.shorten(r.subject(), NAME))
                        .withProperty("parent", r -> r.parent() == null ? "" : Texts.shorten(r.parent(), NAME)))
                .setHeader(getTranslation("audit.col.subject"))
                .setFlexGrow(3)
                .setTooltipGenerator(r -> r.parent() == null ? r.subject() : r.subject() + "\n" + r.parent());
        grid.addColumn(AuditRow::actionLabel)
                .setHeader(getTranslation("audit.col.action"))
                .setFlexGrow(1);
        grid.addColumn(r -> r.fieldLabel() == null ? "" : r.fieldLabel())
                .setHeader(getTranslation("audit.col.field"))
                .setFlexGrow(1);
        grid.addColumn(r -> shorten(r.oldValue()))
                .setHeader(getTranslation("audit.col.old"))
                .setTooltipGenerator(AuditRow::oldValue)
                .setFlexGrow(2);
        grid.addColumn(r -> shorten(r.newValue()))
                .setHeader(getTranslation("audit.col.new"))
                .setTooltipGenerator(AuditRow::newValue)
                .setFlexGrow(2);
        grid.addThemeVariants(
                GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setSizeFull();
        grid.setId("audit-log-grid");
    }

    private static String shorten(String value) {
        return value == null ? "" : Texts.shorten(value, SHORT);
    }

    private void refresh() {
        String username = user.getValue() == null ? null : user.getValue().username();
        AuditQuery current = new AuditQuery(type.getValue(), username, from.getValue(), to.getValue(), text.getValue());
        Locale shownIn = getLocale();
        query = current;
        locale = shownIn;
        grid.setItems(q -> audit.search(current, q.getOffset(), q.getLimit(), shownIn).stream(), q ->
                (int) Math.min(Integer.MAX_VALUE, audit.count(current)));
        count.setText(getTranslation("audit.count", Formats.number(BigDecimal.valueOf(audit.count(current)), shownIn)));
    }

    private DownloadHandler download() {
        return event -> {
            String time = FILE_TIME.format(ZonedDateTime.now(clock.withZone(ZONE)));
            event.setFileName("nhat-ky-thay-doi-" + time + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            audit.export(query, locale, event.getOutputStream());
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " – " + getTranslation("app.name");
    }
}
