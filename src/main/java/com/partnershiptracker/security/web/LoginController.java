package com.partnershiptracker.security.web;

import com.partnershiptracker.security.ReturnPath;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    static final String VIEW = "login";

    /** The sign-in form, carrying the page to return to when it is a path on this site. */
    @GetMapping("/login")
    String show(@RequestParam(name = ReturnPath.PARAMETER, required = false) String returnTo, Model model) {
        ReturnPath.of(returnTo).ifPresent(path -> model.addAttribute("returnPath", path));
        return VIEW;
    }
}
