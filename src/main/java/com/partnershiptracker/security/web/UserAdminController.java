package com.partnershiptracker.security.web;

import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.security.WeakPasswordException;
import jakarta.validation.Valid;
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

/** Accounts, for admins only (see the security rules): create, change role, disable, reset a password. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final String VIEW = "admin/users";

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
        return VIEW;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                users.create(form.getUsername(), form.getPassword(), form.getRole());
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
        return VIEW;
    }

    @PostMapping("/{username}")
    String change(@PathVariable String username, @RequestParam Role role,
                  @RequestParam(defaultValue = "false") boolean enabled, Authentication signedIn, RedirectAttributes redirect) {
        try {
            users.change(username, role, enabled, signedIn.getName());
            redirect.addFlashAttribute("flash", "flash.saved");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam String password, RedirectAttributes redirect) {
        try {
            users.resetPassword(username, password);
            redirect.addFlashAttribute("flash", "flash.passwordReset");
        } catch (WeakPasswordException e) {
            redirect.addFlashAttribute("flash", e.getMessageKey());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/admin/users";
    }
}
