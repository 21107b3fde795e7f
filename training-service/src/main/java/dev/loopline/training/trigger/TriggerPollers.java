package dev.loopline.training.trigger;

import dev.loopline.training.config.Poller;
import dev.loopline.training.config.TrainingProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The polls of the automatic triggers: cron schedules and the new-data threshold.
 */
@Configuration(proxyBeanMethods = false)
class TriggerPollers {

	@Bean
	Poller schedulePoller(ScheduleTrigger trigger, TrainingProperties properties) {
		return new Poller("training-schedule-poll", properties.schedulePollInterval(), trigger::poll);
	}

	@Bean
	Poller newDataPoller(NewDataTrigger trigger, TrainingProperties properties) {
		return new Poller("training-new-data-poll", properties.newDataPollInterval(), trigger::poll);
	}

}
