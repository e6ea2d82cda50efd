package bench.baseline;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

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

    /** The plain app's list page, for bench/run.sh's ratios: a page of 20 rows and their count, as HTML. */
    @GetMapping(path = "/organizations", produces = MediaType.TEXT_HTML_VALUE)
    String list(@RequestParam(defaultValue = "1") int page) {
        Page<Organization> found = organizations.findAll(PageRequest.of(Math.max(page, 1) - 1, 20, Sort.by("slug")));
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Organizations</title></head><body><table>");
        for (Organization organization : found) {
            html.append("<tr><td>").append(organization.id)
                    .append("</td><td><a href=\"/organizations/").append(organization.id).append("\">")
                    .append(HtmlUtils.htmlEscape(organization.slug)).append("</a></td><td>")
                    .append(HtmlUtils.htmlEscape(organization.nameKo == null ? "" : organization.nameKo)).append("</td><td>")
                    .append(HtmlUtils.htmlEscape(organization.nameEn == null ? "" : organization.nameEn)).append("</td></tr>");
        }
        return html.append("</table><p>").append(found.getTotalElements()).append("</p></body></html>").toString();
    }
}
