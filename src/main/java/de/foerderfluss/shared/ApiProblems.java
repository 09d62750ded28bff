package de.foerderfluss.shared;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the RFC 9457 problem details of the API, the same for refusals met in Spring MVC
 * and for those Spring Security answers before it: a type URI of ours, title and detail
 * in the caller's language, and the address asked for.
 */
@Component
public class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param status the status of the answer
	 * @param type the slug of the problem type; its title is {@code problem.title.<type>}
	 * @param detail what went wrong, as a message code with arguments
	 * @param request the refused request
	 * @param locale the language of the answer
	 * @return the problem, to which fields may still be added
	 */
	public ProblemDetail problem(HttpStatusCode status, String type, MessageSourceResolvable detail,
			HttpServletRequest request, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, this.messages.getMessage(detail, locale));
		problem.setType(URI.create("urn:foerderfluss:problem:" + type));
		problem.setTitle(this.messages.getMessage("problem.title." + type, null, locale));
		try {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		catch (IllegalArgumentException notAnAddress) {
			// Refused by the firewall for its characters: the problem goes without it.
		}
		return problem;
	}

}
