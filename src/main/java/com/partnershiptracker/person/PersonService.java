package com.partnershiptracker.person;

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

    PersonService(PersonRepository people, PositionRepository positions) {
        this.people = people;
        this.positions = positions;
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
