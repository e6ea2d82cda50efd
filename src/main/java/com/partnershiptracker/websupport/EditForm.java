package com.partnershiptracker.websupport;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * What every edit form carries besides its fields: the record's version when the form was opened
 * (a save against an older version is refused), the form's values at that moment (so that a refused
 * save can show what the other editor changed), and the fields the editor then chose to take from
 * the other editor's save.
 */
public abstract class EditForm {

    private Long version;
    private String opened;
    private List<String> takeTheirs = new ArrayList<>();
    private Long draft;

    /** Remembers the form's values as they are now, as the state the editor started from. */
    public void markOpened() {
        this.opened = FormValues.of(this).encode();
    }

    /**
     * Copies the fields the editor chose in the conflict panel from the other editor's save, so that
     * a second save keeps theirs where asked and the editor's input everywhere else.
     */
    public void takeChosenFieldsFrom(EditForm theirs) {
        BeanWrapper mine = PropertyAccessorFactory.forBeanPropertyAccess(this);
        BeanWrapper other = PropertyAccessorFactory.forBeanPropertyAccess(theirs);
        // Only the fields the panel offers: a posted name is never a nested or indexed path.
        java.util.List<String> offered = FormValues.comparedProperties(getClass());
        for (String property : takeTheirs) {
            if (offered.contains(property)) {
                mine.setPropertyValue(property, other.getPropertyValue(property));
            }
        }
        takeTheirs = new ArrayList<>();
    }

    /**
     * The version the form was opened at, which an update must still find.
     *
     * @throws com.partnershiptracker.shared.StaleRecordException when the form carries none, as a form not opened here
     */
    public long expectedVersion() {
        if (version == null) {
            throw new com.partnershiptracker.shared.StaleRecordException(getClass().getSimpleName(), "without a version");
        }
        return version;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getOpened() { return opened; }
    public void setOpened(String opened) { this.opened = opened; }
    /** The editor's own draft this form was reopened from, when review is required; saving replaces it. */
    public Long getDraft() { return draft; }
    public void setDraft(Long draft) { this.draft = draft; }
    public List<String> getTakeTheirs() { return takeTheirs; }
    public void setTakeTheirs(List<String> takeTheirs) { this.takeTheirs = takeTheirs == null ? new ArrayList<>() : takeTheirs; }
}
