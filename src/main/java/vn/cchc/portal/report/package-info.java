/** Official documents (Decree 30/2020 layout) rendered from compiled JasperReports: PDF, DOCX, XLSX. */
@ApplicationModule(
        displayName = "Report",
        allowedDependencies = {
            "assignment",
            "audit",
            "indicator",
            "organization",
            "plan",
            "settings",
            "shared",
            "shared::ui"
        })
package vn.cchc.portal.report;

import org.springframework.modulith.ApplicationModule;
