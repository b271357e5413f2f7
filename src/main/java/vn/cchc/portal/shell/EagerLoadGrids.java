package vn.cchc.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.ApplicationConstants;

import java.util.stream.Stream;

/**
 * Grids built by a page's first request show the rows that request sent.
 *
 * <p>With eager server load (vaadin.eagerServerLoad, which gives a refused or missing address its 403/404 on the first
 * request) the page's first answer carries the whole view, the first rows of every grid included. The browser applies
 * all of it to elements not yet in the document and inserts them afterwards; only then does a grid run its first
 * update, which asks its data provider for the first page although the rows are already in its cache. The server has
 * sent that page and does not answer again, so the grid stayed "loading": a plain grid showed its rows but never
 * finished loading, a tree grid (the criteria view after a reload) showed no row at all, since it counts its rows only
 * once a requested page has arrived. After that first update each such request is settled with the rows in the cache,
 * as the grid connector settles it when the server's answer arrives. Views opened later inside the page are built on
 * elements already in the document, ask before any row arrives and need nothing.
 */
@org.springframework.stereotype.Component
class EagerLoadGrids implements VaadinServiceInitListener {

    /** Settles the grid's open page requests whose rows it already holds (as gridConnector's confirm does). */
    static final String SETTLE_HELD_PAGES = """
            const grid = this;
            grid.updateComplete.then(() => {
              const cache = grid._dataProviderController && grid._dataProviderController.rootCache;
              if (!cache) {
                return;
              }
              Object.entries(cache.pendingRequests).forEach(([page, settle]) => {
                if (cache.items[page * grid.pageSize] !== undefined) {
                  settle([]);
                }
              });
            });""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            if (servedWithThePage(VaadinRequest.getCurrent())) {
                UI ui = e.getUI();
                ui.beforeClientResponse(
                        ui,
                        context -> grids(ui).forEach(grid -> grid.getElement().executeJs(SETTLE_HELD_PAGES)));
            }
        });
    }

    /** The page request itself (no Vaadin request type), not a later request of a page already loaded. */
    static boolean servedWithThePage(VaadinRequest request) {
        return request != null && request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER) == null;
    }

    static Stream<Grid<?>> grids(Component root) {
        Stream<Grid<?>> self = root instanceof Grid<?> grid ? Stream.of(grid) : Stream.empty();
        return Stream.concat(self, root.getChildren().flatMap(EagerLoadGrids::grids));
    }
}
