# syntax=docker/dockerfile:1.7
# One image recipe for every Loopline service, chosen with the SERVICE build argument:
#
#   docker build --build-arg SERVICE=serving-service -t loopline/serving-service:0.1.0 .
#
# docker-compose.yml builds all seven this way. The build stage compiles only the service and
# the libraries it needs; the runtime stage is a JRE on Ubuntu (glibc: XGBoost's and ONNX
# Runtime's native libraries do not load on musl/Alpine), runs as an unprivileged user and copies
# the Spring Boot jar's layers from the least to the most often changed, so a code change
# rebuilds and pushes only the last, small layers.
ARG JAVA_VERSION=17

FROM eclipse-temurin:${JAVA_VERSION}-jdk-noble AS build
ARG SERVICE
WORKDIR /src
COPY . .
# the Maven repository survives between builds in a BuildKit cache (not in the image)
RUN --mount=type=cache,target=/root/.m2 \
    test -n "${SERVICE}" || { echo "Set --build-arg SERVICE=<one of the *-service folders>" >&2; exit 1; }; \
    test -f "${SERVICE}/pom.xml" || { echo "No service folder '${SERVICE}'" >&2; exit 1; }; \
    ./mvnw -B -q -DskipTests -pl "${SERVICE}" -am package \
    && java -Djarmode=tools -jar "${SERVICE}"/target/*-exec.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:${JAVA_VERSION}-jre-noble
ARG SERVICE
# libgomp1: OpenMP, needed by XGBoost's native library; curl: the container healthcheck
RUN apt-get update \
    && apt-get install -y --no-install-recommends libgomp1 curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 loopline \
    && useradd --system --uid 10001 --gid loopline --home-dir /app --no-create-home --shell /usr/sbin/nologin loopline
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
LABEL org.opencontainers.image.title="loopline-${SERVICE}"
# numeric, so that Kubernetes' runAsNonRoot can check it
USER 10001:10001
# every service listens on 8080 in a container; the heap follows the container's memory limit
ENV SERVER_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
