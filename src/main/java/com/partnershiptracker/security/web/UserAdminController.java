package com.partnershiptracker.security.web;

import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccount;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.security.WeakPasswordException;
import com.partnershiptracker.shared.StaleRecordException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts, for admins only (see the security rules): create, change role, disable, reset a password,
 * delete. Each account has a page with its recorded changes. Every change names the version of the
 * account the admin saw, so a change made from a stale page is refused with 409 instead of undoing
 * another admin's.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final String LIST = "admin/users";
    static final String ACCOUNT = "admin/user";

    private final UserAccountService users;

    UserAdminController(UserAccountService users) {
        this.users = users;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new NewUserForm());
        model.addAttribute("users", users.list());
        return LIST;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
                  Authentication signedIn, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                users.create(form.getUsername(), form.getPassword(), form.getRole(), signedIn.getName());
                redirect.addFlashAttribute("flash", "flash.saved");
                return "redirect:/admin/users";
            } catch (WeakPasswordException e) {
                result.rejectValue("password", e.getMessageKey());
            } catch (IllegalArgumentException e) {
                result.rejectValue("username", e.getMessage());
            }
        }
        form.setPassword(null);
        model.addAttribute("users", users.list());
        return LIST;
    }

    @GetMapping("/{username}")
    String show(@PathVariable String username, Model model) {
        return account(username, model);
    }

    @PostMapping("/{username}")
    String change(@PathVariable String username, @RequestParam long version, @RequestParam Role role,
                  @RequestParam(defaultValue = "false") boolean enabled, Authentication signedIn, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            users.change(username, version, role, enabled, signedIn.getName());
            return saved(username, "flash.saved", redirect);
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            return stale(username, model, response);
        } catch (IllegalArgumentException e) {
            return refused(username, e.getMessage(), redirect);
        }
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam long version, @RequestParam String password,
                         Authentication signedIn, HttpServletRequest request, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        try {
            users.resetPassword(username, version, password, signedIn.getName(), sessionId(request));
            return saved(username, "flash.passwordReset", redirect);
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            return stale(username, model, response);
        } catch (WeakPasswordException e) {
            return refused(username, e.getMessageKey(), redirect);
        } catch (IllegalArgumentException e) {
            return refused(username, e.getMessage(), redirect);
        }
    }

    @PostMapping("/{username}/delete")
    String delete(@PathVariable String username, @RequestParam long version,
                  @RequestParam(defaultValue = "false") boolean confirm, Authentication signedIn, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (!confirm) {
            return refused(username, "users.deleteNotConfirmed", redirect);
        }
        try {
            users.delete(username, version, signedIn.getName());
            redirect.addFlashAttribute("flash", "flash.deleted");
            return "redirect:/admin/users";
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            return stale(username, model, response);
        } catch (IllegalArgumentException e) {
            return refused(username, e.getMessage(), redirect);
        }
    }

    private String account(String username, Model model) {
        UserAccount account = users.findByUsername(username).orElseThrow(() -> new AccountNotFoundException(username));
        model.addAttribute("account", account);
        model.addAttribute("actions", AccountActionsForm.of(account));
        model.addAttribute("changes", users.changesOf(account.getUsername()));
        model.addAttribute("openSessions", users.openSessions(account.getUsername()));
        return ACCOUNT;
    }

    private static String saved(String username, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:/admin/users/{username}";
    }

    private String refused(String username, String messageKey, RedirectAttributes redirect) {
        if ("username.unknown".equals(messageKey)) {
            throw new AccountNotFoundException(username);
        }
        redirect.addFlashAttribute("flash", messageKey);
        return "redirect:/admin/users/{username}";
    }

    /** The account as it is now, with the message that another admin changed it first; nothing was saved. */
    private String stale(String username, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("stale", true);
        return account(username, model);
    }

    private static String sessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }
}
