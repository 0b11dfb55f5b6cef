package dev.commitmenttracker.security;

import java.util.Collection;
import java.util.function.Consumer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The logins, in memory, telling a listener (the credential cache) whenever a user's password or roles change or the
 * user goes, so that nothing verified under the old details is trusted any longer.
 */
public final class TrackerUsers extends InMemoryUserDetailsManager {

    private final Consumer<String> changed;

    TrackerUsers(Collection<UserDetails> users, Consumer<String> changed) {
        super(users);
        this.changed = changed;
    }

    @Override
    public void updateUser(UserDetails user) {
        super.updateUser(user);
        changed.accept(user.getUsername());
    }

    @Override
    public void deleteUser(String username) {
        super.deleteUser(username);
        changed.accept(username);
    }

    @Override
    public void changePassword(String oldPassword, String newPassword) {
        super.changePassword(oldPassword, newPassword);
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null) {
            changed.accept(current.getName());
        }
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        UserDetails updated = super.updatePassword(user, newPassword);
        changed.accept(user.getUsername());
        return updated;
    }
}
