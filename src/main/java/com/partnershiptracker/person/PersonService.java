package com.partnershiptracker.person;

import com.partnershiptracker.shared.PageSlice;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
public class PersonService {

    private final PersonRepository people;
    private final PositionRepository positions;

    private final PersonListing listing;

    PersonService(PersonRepository people, PositionRepository positions, PersonListing listing) {
        this.people = people;
        this.positions = positions;
        this.listing = listing;
    }

    /** One page of people by name, each with every position; three statements. */
    public Page<PersonSummary> list(PageSlice slice) {
        return listing.page(slice);
    }

    /** Agreements the person signed, attended or proposed, oldest first; one statement. */
    public List<AttendedAgreement> agreementsAttendedBy(Person person) {
        return listing.agreementsAttendedBy(person.getId());
    }

    public Optional<Person> findBySlug(String slug) {
        return people.findBySlug(slug);
    }

    /** @throws PersonNotFoundException when no person has that slug */
    public Person getBySlug(String slug) {
        return people.findBySlug(slug).orElseThrow(() -> new PersonNotFoundException(slug));
    }

    /** A person's positions, earliest first, with their organizations loaded in the same statement. */
    public List<Position> positionsOf(Person person) {
        return positions.findByPerson(person.getId());
    }

    /** Every position of any of the people, with person and organization loaded; one statement. */
    public List<Position> positionsOfPeople(Collection<Long> personIds) {
        return personIds.isEmpty() ? List.of() : positions.findByPeople(personIds);
    }

    /** Every position held at any of the organizations, with person and organization loaded; one statement. */
    public List<Position> positionsAt(Collection<Long> organizationIds) {
        return organizationIds.isEmpty() ? List.of() : positions.findAtOrganizations(organizationIds);
    }

    @Transactional
    public Person save(Person person) {
        return people.save(person);
    }

    @Transactional
    public Position save(Position position) {
        return positions.save(position);
    }
}
