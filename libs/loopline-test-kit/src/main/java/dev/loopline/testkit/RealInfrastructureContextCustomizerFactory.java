package dev.loopline.testkit;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Creates the {@link ContextCustomizer} behind {@link RealInfrastructure}; registered in
 * {@code META-INF/spring.factories}.
 */
public class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		RealInfrastructure annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				RealInfrastructure.class);
		return (annotation != null)
				? new RealInfrastructureContextCustomizer(testClass, annotation.kafka(), annotation.database()) : null;
	}

}
