package de.foerderfluss.demo;

import java.util.function.Supplier;

import de.foerderfluss.security.UserDirectory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Takes a step as a demo user, through the same services and rules as the API. */
@Component
class RunAs {

	private final UserDirectory users;

	RunAs(UserDirectory users) {
		this.users = users;
	}

	<T> T as(String username, Supplier<T> step) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
