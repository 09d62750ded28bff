package de.foerderfluss.security.web;

import de.foerderfluss.security.UserAccount;
import de.foerderfluss.security.UserAdministration;
import de.foerderfluss.web.FormErrors;
import de.foerderfluss.web.PageController;
import jakarta.validation.Valid;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator sets a new password for someone who forgot theirs; it is stored as a
 * BCrypt hash and never shown again.
 */
@PageController
class UserPasswordPageController {

	private final UserAdministration users;

	private final MessageSourceAccessor messages;

	UserPasswordPageController(UserAdministration users, MessageSourceAccessor messages) {
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/verwaltung/benutzer/{id}/passwort")
	String form(@PathVariable Long id, Model model) {
		model.addAttribute("form", new PasswordForm(null, null));
		return page(this.users.account(id), model);
	}

	@PostMapping("/verwaltung/benutzer/{id}/passwort")
	String change(@PathVariable Long id, @Valid @ModelAttribute("form") PasswordForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		UserAccount account = this.users.account(id);
		if (!binding.hasFieldErrors("password") && !form.repeated()) {
			binding.rejectValue("passwordRepeat", "admin.error.password.mismatch");
		}
		return FormErrors.takeStep(binding, () -> {
			this.users.changePassword(id, form.password());
			redirect.addFlashAttribute("success",
					this.messages.getMessage("admin.password.changed", new Object[] { account.getUsername() }));
			return "redirect:/verwaltung/benutzer/" + id;
		}, () -> page(account, model));
	}

	private String page(UserAccount account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("minPasswordLength", this.users.minimumPasswordLength());
		model.addAttribute("minAdminPasswordLength", this.users.minimumAdministratorPasswordLength());
		return "security/password";
	}

}
