package com.partnershiptracker.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.util.List;

/** Loads accounts from the users table. An ADMIN is also a REVIEWER and an EDITOR; a REVIEWER is also an EDITOR. */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountService users;

    DatabaseUserDetailsService(UserAccountService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        List<SimpleGrantedAuthority> authorities = authoritiesOf(account.getRole()).stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return User.withUsername(account.getUsername()).password(account.getPasswordHash())
                .authorities(authorities).disabled(!account.isEnabled()).build();
    }

    /** Each role includes the ones below it: an ADMIN also reviews and edits, a REVIEWER also edits. */
    static List<Role> authoritiesOf(Role role) {
        return switch (role) {
            case ADMIN -> List.of(Role.ADMIN, Role.REVIEWER, Role.EDITOR);
            case REVIEWER -> List.of(Role.REVIEWER, Role.EDITOR);
            case EDITOR -> List.of(Role.EDITOR);
        };
    }
}
