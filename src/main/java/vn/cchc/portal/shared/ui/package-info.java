/**
 * Vaadin helpers for the modules' views (charts, date pickers, upload texts, write buttons that save once, decimal
 * fields): the {@code shared::ui} named interface of the shared module.
 */
@NamedInterface("ui")
package vn.cchc.portal.shared.ui;

import org.springframework.modulith.NamedInterface;
