package vn.cchc.portal.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortalSettingsRepository extends JpaRepository<PortalSettings, Long> {}
