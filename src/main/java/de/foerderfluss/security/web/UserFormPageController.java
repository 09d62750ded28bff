package de.foerderfluss.security.web;

import de.foerderfluss.carrier.CarrierRegistry;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserAccount;
import de.foerderfluss.security.UserAdministration;
import de.foerderfluss.security.UserDirectory.NewUser;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create accounts and change their roles, carrier and access. */
@PageController
class UserFormPageController {

	private final UserAdministration users;

	private final CarrierRegistry carriers;

	private final MessageSourceAccessor messages;

	UserFormPageController(UserAdministration users, CarrierRegistry carriers, MessageSourceAccessor messages) {
		this.users = users;
		this.carriers = carriers;
		this.messages = messages;
	}

	@GetMapping("/verwaltung/benutzer/neu")
	String newUser(@RequestParam(name = "carrier", required = false) Long carrierId, Model model) {
		model.addAttribute("form", NewUserForm.blank(carrierId));
		return newPage(model);
	}

	@PostMapping("/verwaltung/benutzer/neu")
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasFieldErrors("password") && !form.password().equals(form.passwordRepeat())) {
			binding.rejectValue("passwordRepeat", "admin.error.password.mismatch");
		}
		return FormErrors.takeStep(binding, () -> {
			UserAccount account = this.users.register(new NewUser(form.username().strip(), form.password(),
					form.displayName(), form.email(), form.carrierId(), form.roles()));
			redirect.addFlashAttribute("success",
					this.messages.getMessage("admin.user.created", new Object[] { account.getUsername() }));
			return "redirect:/verwaltung/benutzer";
		}, () -> newPage(model));
	}

	@GetMapping("/verwaltung/benutzer/{id}")
	String edit(@PathVariable Long id, Model model) {
		UserAccount account = this.users.account(id);
		model.addAttribute("form", UserForm.of(account));
		return editPage(account, model);
	}

	@PostMapping("/verwaltung/benutzer/{id}")
	String change(@PathVariable Long id, @Valid @ModelAttribute("form") UserForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		UserAccount account = this.users.account(id);
		return FormErrors.takeStep(binding, () -> {
			boolean ownRolesChanged = isOwn(account) && !account.getRoles().equals(form.roles());
			UserAccount changed = this.users.change(id, form.change());
			redirect.addFlashAttribute("success",
					this.messages.getMessage(ownRolesChanged ? "admin.user.changed-own-roles" : "admin.user.changed",
							new Object[] { changed.getUsername() }));
			return "redirect:/verwaltung/benutzer";
		}, () -> editPage(account, model));
	}

	private String newPage(Model model) {
		model.addAttribute("creating", true);
		return formPage(model);
	}

	private String editPage(UserAccount account, Model model) {
		model.addAttribute("creating", false);
		model.addAttribute("account", account);
		model.addAttribute("own", isOwn(account));
		return formPage(model);
	}

	private String formPage(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("carriers", this.carriers.carriers());
		model.addAttribute("minPasswordLength", this.users.minimumPasswordLength());
		model.addAttribute("minAdminPasswordLength", this.users.minimumAdministratorPasswordLength());
		return "security/user";
	}

	private static boolean isOwn(UserAccount account) {
		return account.getUsername().equals(Actor.current().username());
	}

}
