package bench.baseline;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrganizationController {

    private final OrganizationRepository organizations;

    OrganizationController(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/organizations/{id}")
    String slug(@PathVariable long id) {
        return organizations.findById(id).map(o -> o.slug).orElse("");
    }
}
