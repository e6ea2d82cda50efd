package com.partnershiptracker.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/** One saved change set: when it happened and who made it. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionAuthorListener.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "rev")
    private long id;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(name = "username", nullable = false, length = 60)
    private String username;

    @Column(name = "note", length = 300)
    private String note;

    @Column(name = "reviewer", length = 60)
    private String reviewer;

    public long getId() {
        return id;
    }

    public Instant getMadeAt() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String getUsername() {
        return username;
    }

    /** Why the change set was made, such as the imported file's name; null for an ordinary save. */
    public String getNote() {
        return note;
    }

    /** Who published an editor's draft; null when the change was not reviewed. */
    public String getReviewer() {
        return reviewer;
    }

    void madeBy(String author) {
        this.username = author;
    }

    void describedAs(RevisionNote revisionNote) {
        this.note = revisionNote.note();
        this.reviewer = revisionNote.reviewer();
        if (revisionNote.author() != null) {
            this.username = revisionNote.author();
        }
    }
}
