# Hotline: build and test with the same command CI runs, index the bundled articles, run on a slim JRE.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
# The wrapper and pom first, so dependency downloads are cached between source changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY . .
# Same as CI (.ci/run): the whole test suite, then the jar and the bundled index.
RUN ./hotline test && ./hotline index

FROM eclipse-temurin:21-jre
RUN useradd --system --create-home --home-dir /home/hotline hotline \
    && mkdir -p /opt/hotline /data /corpus \
    && chown hotline:hotline /data /corpus
WORKDIR /opt/hotline
COPY --from=build /src/target/hotline.jar target/hotline.jar
COPY --from=build /src/target/lib target/lib
COPY --from=build /src/index-data index-data
COPY --from=build /src/config config
# The database (settings, subscriptions) and a user corpus live outside the image.
VOLUME ["/data", "/corpus"]
ENV HOTLINE_DATA_DIR=/data \
    HOTLINE_HEALTH_PORT=8080 \
    HOTLINE_HEALTH_BIND=0.0.0.0
USER hotline
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["java", "-cp", "target/hotline.jar:target/lib/*", "dev.hotline.app.HealthProbe", "http://127.0.0.1:8080/health"]
# hotline.command: how messages that suggest a command (e.g. "try ... console") say to run one here.
ENTRYPOINT ["java", "-Dhotline.home=/opt/hotline", "-Dhotline.command=docker run -it --rm hotline", "-jar", "target/hotline.jar"]
CMD ["serve"]
