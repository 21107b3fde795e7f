package dev.loopline.testkit;

import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Closes the application context of a {@link RealInfrastructure} test class after the
 * class (see {@link RealInfrastructure#closeContextAfterClass()}); registered in
 * {@code META-INF/spring.factories}. The broker and the server stay up for the next
 * class.
 */
public class RealInfrastructureTestExecutionListener implements TestExecutionListener, Ordered {

	/**
	 * Just after {@code DirtiesContextTestExecutionListener} (3000) in before-callbacks.
	 */
	private static final int ORDER = 3001;

	@Override
	public void afterTestClass(TestContext testContext) {
		RealInfrastructure annotation = TestContextAnnotationUtils.findMergedAnnotation(testContext.getTestClass(),
				RealInfrastructure.class);
		if (annotation != null && annotation.closeContextAfterClass() && testContext.hasApplicationContext()) {
			testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
		}
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
