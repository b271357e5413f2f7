/** Official documents (Decree 30/2020 layout) rendered from compiled JasperReports: PDF, DOCX, XLSX. */
@ApplicationModule(displayName = "Report", allowedDependencies = {"organization", "shared"})
package vn.cchc.portal.report;

import org.springframework.modulith.ApplicationModule;
