package com.partnershiptracker.security.web;

import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.security.WeakPasswordException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Any signed-in editor changes their own password; their other sessions end, this one stays. */
@Controller
@RequestMapping("/admin/account/password")
class OwnPasswordController {

    static final String VIEW = "admin/own-password";

    private final UserAccountService users;

    OwnPasswordController(UserAccountService users) {
        this.users = users;
    }

    @GetMapping
    String initForm(@ModelAttribute("form") OwnPasswordForm form) {
        return VIEW;
    }

    @PostMapping
    String processForm(@Valid @ModelAttribute("form") OwnPasswordForm form, BindingResult result, Authentication signedIn,
                       HttpServletRequest request, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                users.changeOwnPassword(signedIn.getName(), form.getCurrentPassword(), form.getNewPassword(),
                        request.getSession().getId());
                redirect.addFlashAttribute("flash", "flash.ownPasswordChanged");
                return "redirect:/admin";
            } catch (WeakPasswordException e) {
                result.rejectValue("newPassword", e.getMessageKey());
            } catch (IllegalArgumentException e) {
                result.rejectValue("currentPassword", e.getMessage());
            }
        }
        form.setCurrentPassword(null);
        form.setNewPassword(null);
        return VIEW;
    }
}
