package bench.baseline;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "organizations")
class Organization {

    @Id
    Long id;

    String slug;

    protected Organization() {
    }
}
