package com.partnershiptracker.organization;

import com.partnershiptracker.audit.RestoreBlocker;
import com.partnershiptracker.audit.RestoreCheck;
import org.springframework.stereotype.Component;

import java.util.List;

/** An old version's parent may sit below the organization by now: restoring it would make a cycle. */
@Component
class OrganizationRestoreCheck implements RestoreCheck {

    private final OrganizationService organizations;

    OrganizationRestoreCheck(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Override
    public List<RestoreBlocker> blockersOf(Object current, Object historical) {
        if (!(current instanceof Organization organization) || !(historical instanceof Organization old)) {
            return List.of();
        }
        Long parentId = old.getParentId();
        if (parentId == null || parentId.equals(organization.getParentId())
                || !organizations.wouldSitUnderItself(organization.getId(), parentId)) {
            return List.of();
        }
        return List.of(RestoreBlocker.because("restore.blocked.cycle", "parent", Organization.class, parentId));
    }
}
