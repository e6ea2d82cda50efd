package com.partnershiptracker.person;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.StaleRecordException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
public class PersonService {

    private final PersonRepository people;
    private final PositionRepository positions;

    private final PersonListing listing;
    private final OrganizationService organizations;

    PersonService(PersonRepository people, PositionRepository positions, PersonListing listing,
                  OrganizationService organizations) {
        this.organizations = organizations;
        this.people = people;
        this.positions = positions;
        this.listing = listing;
    }

    /** People whose slug or name contains the text, or whose Wikidata item it is, as a plain page of entities; two statements. */
    public List<Person> search(String text, PageSlice slice) {
        String pattern = com.partnershiptracker.shared.TextQuery.containsPattern(com.partnershiptracker.shared.TextQuery.normalize(text));
        String item = text == null || text.length() > 200 ? null
                : com.partnershiptracker.shared.ExternalIdentifier.WIKIDATA.normalize(text).orElse(null);
        List<Long> ids = people.searchIds(pattern, item, org.springframework.data.domain.PageRequest.of(slice.page(), slice.size()));
        return ids.isEmpty() ? List.of() : people.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing(Person::getSlug)).toList();
    }

    /** One page of people by name, each with every position; three statements. */
    public Page<PersonSummary> list(PageSlice slice) {
        return listing.page(slice);
    }

    /** The page of people that holds only the person with the Wikidata item (Q42), if any; three statements at most. */
    public Page<PersonSummary> listByWikidataItem(String itemId, PageSlice slice) {
        return listing.page(slice, itemId);
    }

    /** Agreements the person signed, attended or proposed, oldest first; one statement. */
    public List<AttendedAgreement> agreementsAttendedBy(Person person) {
        return listing.agreementsAttendedBy(person.getId());
    }

    /** The person whose Wikidata item this is (Q42), if any. */
    public Optional<Person> findByWikidataItem(String itemId) {
        return people.findByWikidataId(itemId);
    }

    /** Every person with their aliases, by slug; one statement. */
    public List<Person> allWithAliases() {
        return people.findAllWithAliases();
    }

    /** Every position with its person and organization, by person's slug then start; one statement. */
    public List<Position> allPositions() {
        return positions.findAllWithParties();
    }

    /** The people with these slugs; one statement. */
    public List<Person> findAllBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : people.findAllBySlugIn(slugs);
    }

    public Optional<Person> findBySlug(String slug) {
        return people.findBySlug(slug);
    }

    /** @throws PersonNotFoundException when no person has that id */
    public Person getById(long id) {
        return people.findById(id).orElseThrow(() -> new PersonNotFoundException(id));
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

    /** A page of the positions held at any of the organizations, with person and organization; two statements. */
    public Page<Position> positionsAt(Collection<Long> organizationIds, PageSlice slice) {
        PageRequest request = PageRequest.of(slice.page(), slice.size());
        return organizationIds.isEmpty() ? Page.empty(request)
                : positions.findAtOrganizations(organizationIds, request);
    }

    public Position getPosition(long id) {
        return positions.findById(id).orElseThrow(() -> new PersonNotFoundException("position " + id));
    }

    /** A position with its person and organization loaded. */
    public Position getPositionWithParties(long id) {
        return positions.findWithPartiesById(id).orElseThrow(() -> new PersonNotFoundException("position " + id));
    }

    public boolean isSlugTaken(String slug, Long exceptId) {
        return people.findBySlug(slug).filter(other -> !other.getId().equals(exceptId)).isPresent();
    }

    /**
     * Applies an edit to a person if nobody saved them since version {@code expectedVersion}.
     *
     * @throws StaleRecordException when the person changed in the meantime
     */
    @Transactional
    public Person update(long id, long expectedVersion, PersonChange change) {
        Person person = people.findById(id).orElseThrow(() -> new PersonNotFoundException(id));
        person.requireVersion(expectedVersion);
        change.applyTo(person);
        return person;
    }

    /** Creates a person from an edit. */
    @Transactional
    public Person create(PersonChange change) {
        Person person = change.newPerson();
        change.applyTo(person);
        return people.save(person);
    }

    /**
     * Applies an edit to a position if nobody saved it since version {@code expectedVersion}.
     *
     * @throws StaleRecordException when the position changed in the meantime
     */
    @Transactional
    public Position updatePosition(long id, long expectedVersion, PositionChange change) {
        Position position = getPosition(id);
        position.requireVersion(expectedVersion);
        change.applyTo(position, this::organization);
        return position;
    }

    /**
     * Creates a position the person holds, from an edit.
     *
     * @throws IllegalArgumentException when its organization no longer exists
     */
    @Transactional
    public Position createPosition(long personId, PositionChange change) {
        Person person = people.findById(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        Position position = change.newPosition(person, this::organization);
        change.applyTo(position, this::organization);
        return positions.save(position);
    }

    private Optional<Organization> organization(String slug) {
        return organizations.findBySlug(slug);
    }

    /** What refers to the person, by kind; a referenced person is not deleted. */
    public Map<String, Long> referencesTo(Person person) {
        return listing.referencesTo(person.getId());
    }

    /**
     * Deletes a person nothing refers to.
     *
     * @throws IllegalStateException when positions, statements or attendances refer to them
     */
    @Transactional
    public void delete(Person person) {
        if (!referencesTo(person).isEmpty()) {
            throw new IllegalStateException("Referenced people are not deleted");
        }
        people.delete(people.findById(person.getId()).orElseThrow());
    }

    @Transactional
    public void deletePosition(long id) {
        positions.delete(getPosition(id));
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
