package de.foerderfluss.workflow;

import java.util.AbstractMap;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.BeanFactory;

/**
 * The only beans the expressions of {@code bpmn/} may name: asked for by name when an
 * expression uses one, because the beans themselves need the engine that is being built
 * when this map is handed over.
 */
final class ModelBeans extends AbstractMap<Object, Object> {

	private final BeanFactory beanFactory;

	private final Set<String> names;

	ModelBeans(BeanFactory beanFactory, Set<String> names) {
		this.beanFactory = beanFactory;
		this.names = Set.copyOf(names);
	}

	@Override
	public boolean containsKey(Object name) {
		return this.names.contains(name);
	}

	@Override
	public Object get(Object name) {
		return containsKey(name) ? this.beanFactory.getBean((String) name) : null;
	}

	@Override
	public Set<Entry<Object, Object>> entrySet() {
		return this.names.stream()
			.map((name) -> new SimpleImmutableEntry<Object, Object>(name, this.beanFactory.getBean(name)))
			.collect(Collectors.toUnmodifiableSet());
	}

}
