package de.foerderfluss.workflow;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What administrators may do in Cockpit, Admin and Camunda's REST API: read processes,
 * decisions, their tasks, history and incidents, and retry failed jobs. Nothing else: the
 * application's services move the cases and run as the engine itself, unchecked. Written
 * anew at every start, so that the grants are exactly these.
 */
@Configuration(proxyBeanMethods = false)
class OperatorAccess {

	/**
	 * The Camunda group of everyone with the role {@code ADMIN}. Camunda accepts letters
	 * and digits only in identifiers.
	 */
	static final String OPERATORS_GROUP = "foerderflussOperators";

	/**
	 * The one member of Camunda's all-powerful administrators' group, without which the
	 * webapps send everyone to their setup page. No one signs in as it: the webapps take
	 * only people Spring Security signed in, with the groups their roles give.
	 */
	static final String ENGINE_OWNER = "foerderflussEngine";

	private static final String ANY = Authorization.ANY;

	private static final List<Grant> GRANTS = List.of(new Grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS),
			new Grant(Resources.APPLICATION, "admin", Permissions.ACCESS),
			new Grant(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
					ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
					ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.RETRY_JOB),
			new Grant(Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ,
					ProcessInstancePermissions.RETRY_JOB),
			new Grant(Resources.TASK, ANY, TaskPermissions.READ),
			new Grant(Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY),
			new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),
			new Grant(Resources.DEPLOYMENT, ANY, Permissions.READ),
			new Grant(Resources.BATCH, ANY, BatchPermissions.READ, BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES),
			new Grant(Resources.USER, ANY, Permissions.READ), new Grant(Resources.GROUP, ANY, Permissions.READ));

	@Bean
	ProcessEnginePlugin operatorGrants() {
		return new AbstractProcessEnginePlugin() {

			@Override
			public void postProcessEngineBuild(ProcessEngine engine) {
				ensureGroup(engine.getIdentityService(), OPERATORS_GROUP, "Förderfluss administrators",
						Groups.GROUP_TYPE_WORKFLOW);
				GRANTS.forEach((grant) -> grant.writeTo(engine.getAuthorizationService()));
				ensureEngineOwner(engine.getIdentityService());
			}

		};
	}

	private static void ensureGroup(IdentityService identity, String id, String name, String type) {
		if (identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = identity.newGroup(id);
			group.setName(name);
			group.setType(type);
			identity.saveGroup(group);
		}
	}

	/** Earlier versions made every administrator a member of that group; no longer. */
	private static void ensureEngineOwner(IdentityService identity) {
		ensureGroup(identity, Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
		if (ensureUser(identity, ENGINE_OWNER)) {
			identity.createMembership(ENGINE_OWNER, Groups.CAMUNDA_ADMIN);
		}
		identity.createUserQuery()
			.memberOfGroup(Groups.CAMUNDA_ADMIN)
			.list()
			.stream()
			.map(User::getId)
			.filter((member) -> !ENGINE_OWNER.equals(member))
			.forEach((member) -> identity.deleteMembership(member, Groups.CAMUNDA_ADMIN));
	}

	/**
	 * Creates the Camunda user unless it exists, with an unusable random password: people
	 * sign in through Spring Security only.
	 * @return whether the user was created
	 */
	static boolean ensureUser(IdentityService identity, String id) {
		if (identity.createUserQuery().userId(id).count() > 0) {
			return false;
		}
		User user = identity.newUser(id);
		user.setPassword(UUID.randomUUID().toString());
		identity.saveUser(user);
		return true;
	}

	private record Grant(Resource resource, String resourceId, Permission... permissions) {

		void writeTo(AuthorizationService authorizations) {
			Authorization authorization = authorizations.createAuthorizationQuery()
				.groupIdIn(OPERATORS_GROUP)
				.resourceType(this.resource)
				.resourceId(this.resourceId)
				.list()
				.stream()
				.findFirst()
				.orElseGet(() -> authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT));
			authorization.setGroupId(OPERATORS_GROUP);
			authorization.setResource(this.resource);
			authorization.setResourceId(this.resourceId);
			authorization.setPermissions(this.permissions);
			authorizations.saveAuthorization(authorization);
		}

	}

}
