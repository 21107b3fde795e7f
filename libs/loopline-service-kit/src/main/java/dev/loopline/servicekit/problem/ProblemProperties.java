package dev.loopline.servicekit.problem;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Problem details settings ({@code loopline.problems.*}).
 *
 * @param baseUri prefix of every problem {@code type} URI; the slug is appended to it
 */
@Validated
@ConfigurationProperties("loopline.problems")
public record ProblemProperties(@DefaultValue("/problems/") @NotBlank String baseUri) {

}
