package com.partnershiptracker.source;

import com.partnershiptracker.shared.FactKind;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;


/**
 * One attribute of a fact that a citation can support or dispute, with the kinds of fact that
 * have it. A citation that names none supports the whole record.
 */
public enum CitedAttribute {
    NAME(FactKind.ORGANIZATION, FactKind.PERSON),
    TITLE(FactKind.AGREEMENT, FactKind.INITIATIVE, FactKind.POSITION),
    TEXT(FactKind.STATEMENT),
    MEASURE(FactKind.METRIC),
    KIND(FactKind.ORGANIZATION, FactKind.RELATION, FactKind.AGREEMENT, FactKind.INITIATIVE, FactKind.METRIC),
    STATUS(FactKind.AGREEMENT, FactKind.INITIATIVE),
    PARENT(FactKind.ORGANIZATION),
    PARTIES(FactKind.RELATION, FactKind.AGREEMENT),
    ORGANIZATIONS(FactKind.INITIATIVE),
    ORGANIZATION(FactKind.POSITION, FactKind.METRIC),
    SPEAKER(FactKind.STATEMENT),
    AGREEMENT(FactKind.INITIATIVE),
    INITIATIVE(FactKind.METRIC),
    ATTENDEES(FactKind.AGREEMENT),
    AREAS(FactKind.AGREEMENT),
    PLACE(FactKind.AGREEMENT),
    VALUE(FactKind.METRIC),
    DETAIL(FactKind.RELATION),
    SUMMARY(FactKind.AGREEMENT),
    DESCRIPTION(FactKind.ORGANIZATION, FactKind.INITIATIVE),
    CONTEXT(FactKind.STATEMENT),
    BIRTH_YEAR(FactKind.PERSON),
    FOUNDED(FactKind.ORGANIZATION),
    DISSOLVED(FactKind.ORGANIZATION),
    ANNOUNCED(FactKind.AGREEMENT, FactKind.INITIATIVE),
    SIGNED(FactKind.AGREEMENT),
    EFFECTIVE(FactKind.AGREEMENT),
    STARTED(FactKind.RELATION, FactKind.POSITION, FactKind.INITIATIVE),
    LAUNCHED(FactKind.INITIATIVE),
    STATED(FactKind.STATEMENT),
    AS_OF(FactKind.METRIC),
    TARGET(FactKind.METRIC),
    ENDED(FactKind.RELATION, FactKind.POSITION, FactKind.AGREEMENT, FactKind.INITIATIVE);

    private final Set<FactKind> kinds;

    CitedAttribute(FactKind first, FactKind... rest) {
        this.kinds = EnumSet.of(first, rest);
    }

    private static final Set<CitedAttribute> DATES = EnumSet.of(FOUNDED, DISSOLVED, ANNOUNCED, SIGNED, EFFECTIVE, STARTED,
            LAUNCHED, STATED, AS_OF, TARGET, ENDED);

    /** Whether the attribute is a date, so that a value a source gives for it reads as one. */
    public boolean isDate() {
        return DATES.contains(this);
    }

    /** Whether facts of the kind have this attribute. */
    public boolean appliesTo(FactKind kind) {
        return kinds.contains(kind);
    }

    /** The attributes of a kind of fact, in the order forms list them. */
    public static List<CitedAttribute> of(FactKind kind) {
        return Arrays.stream(values()).filter(attribute -> attribute.appliesTo(kind)).toList();
    }

    /** The attribute of that name, if there is one; a name saved before the list existed is none. */
    public static Optional<CitedAttribute> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(attribute -> attribute.name().equals(name.strip())).findFirst();
    }
}
